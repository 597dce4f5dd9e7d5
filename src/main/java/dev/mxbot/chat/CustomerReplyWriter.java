package dev.mxbot.chat;

import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Report;

/**
 * Writes the customer reply a request asked for ({@code reply=xx}) from its report, so that every
 * platform (and {@code check --reply}) shows the same text. The pipeline writes it once per answer;
 * the implementation (the templates of {@code bot-config/replies/}) is bound by the application.
 */
@FunctionalInterface
public interface CustomerReplyWriter {

  /** No templates: a request asking for a reply fails (only pipelines built without them). */
  CustomerReplyWriter NONE =
      (report, lang) -> {
        throw new IllegalStateException("no customer reply templates");
      };

  CustomerReply write(Report report, String lang);
}
