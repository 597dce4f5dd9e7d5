package dev.mxbot.providers;

/** Whether a documented MX set is the one to use today. */
public enum MxSetStatus {
  CURRENT,
  /** Still works, but an update to a current set is advised. */
  OUTDATED
}
