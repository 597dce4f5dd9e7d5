/**
 * User-facing texts: {@link dev.mxbot.i18n.Messages} over the bundles {@code
 * messages_<lang>.properties} in this package's resources (en, it, fr, de, es, pl, pt), the texts'
 * only source. The build turns each into a {@code ListResourceBundle} class of the same name (and
 * an empty root bundle {@code messages}): {@code src/build/BundleClasses.java}, run before
 * compiling. Those classes are what is read, from the launcher's class cache, where a {@code
 * .properties} bundle would be read from the jar ({@code BundleClassesTest}).
 *
 * <p>Every finding code has a text under {@code finding.<CODE>} that says what is wrong, why it
 * matters to the customer and what to change, with named placeholders for the concrete values. To
 * add a language: add its bundle and its code to {@link dev.mxbot.i18n.Messages#LANGUAGES}.
 */
package dev.mxbot.i18n;
