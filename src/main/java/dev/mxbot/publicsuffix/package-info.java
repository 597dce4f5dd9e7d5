/**
 * The public-suffix list behind {@link dev.mxbot.core.PublicSuffixes}: {@link
 * dev.mxbot.publicsuffix.GuavaPublicSuffixes} asks Guava's {@code InternetDomainName}, whose copy
 * of the list (publicsuffix.org) is compiled into the Guava release declared in the pom. A
 * top-level domain delegated after that release is refused until Guava is upgraded.
 *
 * <p>Imports core, the JDK and Guava only. No I/O: the list is data in memory.
 */
package dev.mxbot.publicsuffix;
