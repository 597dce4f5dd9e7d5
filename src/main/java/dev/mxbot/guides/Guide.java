package dev.mxbot.guides;

/** A help page in one language: {@code key} names it in {@code bot-config/guides.yaml}. */
public record Guide(String key, String title, String url) {}
