package dev.mxbot.core;

/**
 * The port to the public-suffix list: which names can exist on the public internet at all. {@link
 * InputPolicy} asks it after syntax and the denied suffixes, so that {@code printer.corp} or {@code
 * kubernetes.default.svc} is refused before any DNS query. The list itself comes from a maintained
 * library outside {@code core}, which imports the JDK only.
 *
 * <p>Implementations answer from data held in memory: no I/O, bounded work, and safe for concurrent
 * use by every chat adapter at once.
 */
public interface PublicSuffixes {

  /**
   * Whether {@code name} ends in a public suffix of the ICANN section of the list: its top-level
   * domain is one the public DNS root delegates ({@code example.co.uk}, {@code caffè.it}, {@code
   * foo.com.br}), not an internal or unknown one ({@code nas.home}, {@code foo.bar.notatld}).
   *
   * @param name a parsed name of two labels or more
   */
  boolean isPublic(DomainName name);
}
