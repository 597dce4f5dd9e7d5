package dev.mxbot.providers;

/** What an MX host of a provider is for. */
public enum MxHostKind {
  /** A current-generation mail server; whether the whole set is current depends on the MX set. */
  MAILBOX,
  /** An old server (for OVHcloud: before 2016) that still works but should be replaced. */
  LEGACY,
  /** A host that only forwards mail (redirections, aliases): no mailbox behind it. */
  REDIRECT
}
