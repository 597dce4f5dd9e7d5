/**
 * What chat adapters share before any SDK is involved: the text after {@code /mx} parsed into an
 * {@link dev.mxbot.chat.MxRequest} (the domain as typed, DKIM selectors, language, share flag).
 *
 * <p>Refusals reuse {@link dev.mxbot.core.InputRefusal}; each rule's text lives in the message
 * bundles under {@code input.<rule>}. To add an option, add its key to {@code RequestParser}, its
 * value rule to {@code OptionValues}, a field to {@link dev.mxbot.chat.MxRequest} and a test.
 */
package dev.mxbot.chat;
