package dev.mxbot.audit;

/**
 * One input of an audit: its line number in the input (from 1) and its text, stripped.
 *
 * @param number the line number, counting every line (blank and comment lines too)
 * @param text what the line asks, as {@code /mx} would read it
 */
public record InputLine(int number, String text) {}
