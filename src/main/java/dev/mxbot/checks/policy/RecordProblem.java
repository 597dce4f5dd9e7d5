package dev.mxbot.checks.policy;

/**
 * What makes a policy record unusable, as the findings tell it.
 *
 * @param reason the last part of the message key {@code reason.<family>.<reason>} ({@code version},
 *     {@code syntax}, {@code no_rua}, …)
 * @param detail the part of the record at fault, shown as written (may be empty)
 */
public record RecordProblem(String reason, String detail) {}
