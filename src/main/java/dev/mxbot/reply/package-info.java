/**
 * The customer reply ({@code check --reply LANG}, chat option {@code reply=xx}): a plain-text draft
 * in the customer's language, written from a report by the Mustache templates of {@code
 * bot-config/replies/<lang>/} (greeting and sign-off, one paragraph per finding the customer can
 * act on, all-good reassurance). The wording lives in those templates, never in Java; this package
 * only chooses the findings, orders them (most urgent first) and supplies the values: records to
 * enter, where to enter them, the guide, and how long the change takes from the TTLs.
 */
package dev.mxbot.reply;
