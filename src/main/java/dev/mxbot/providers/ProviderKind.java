package dev.mxbot.providers;

/** What a catalog entry can be. */
public enum ProviderKind {
  /** A DNS host, a mail provider, or both. */
  PROVIDER,
  /**
   * A sending service (newsletters, transactional mail): it appears in SPF only and is never the
   * domain's mail provider.
   */
  SENDER
}
