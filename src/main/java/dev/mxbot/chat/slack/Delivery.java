package dev.mxbot.chat.slack;

import dev.mxbot.render.slack.SlackMessage;
import java.io.IOException;

/**
 * Where one final answer goes: the command's or the button's {@code response_url}, through Bolt's
 * {@code ctx.respond}. {@code inChannel} asks for a message everyone in the channel sees.
 */
@FunctionalInterface
interface Delivery {

  void send(SlackMessage message, boolean inChannel) throws IOException;
}
