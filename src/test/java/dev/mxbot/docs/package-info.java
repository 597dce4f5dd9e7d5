/**
 * The documentation, checked by the build: {@link dev.mxbot.docs.DocExamplesTest} runs every {@code
 * check} command the README and {@code src/site/markdown/} show against the demo zones, so a
 * command the docs show is a command that works as shown.
 */
package dev.mxbot.docs;
