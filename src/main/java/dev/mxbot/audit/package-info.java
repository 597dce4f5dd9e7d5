/**
 * {@code mxbot audit}: many domains checked from a file or standard input, one input per line, as
 * JSON Lines or CSV, resumable by line number, with progress and an HTML summary. The same request,
 * rules and report as {@code check}: this package only streams lines in and rows out.
 */
package dev.mxbot.audit;
