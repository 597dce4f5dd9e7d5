/**
 * User-facing texts: {@link dev.mxbot.i18n.Messages} over the bundles {@code
 * messages_<lang>.properties} in this package's resources (en, it, fr, de, es, pl, pt).
 *
 * <p>Every finding code has a text under {@code finding.<CODE>} that says what is wrong, why it
 * matters to the customer and what to change, with named placeholders for the concrete values. To
 * add a language: add its bundle and its code to {@link dev.mxbot.i18n.Messages#LANGUAGES}.
 */
package dev.mxbot.i18n;
