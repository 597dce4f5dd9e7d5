package dev.mxbot.chat.console;

import dev.mxbot.chat.Caller;
import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/**
 * The chat experience in a terminal: reads {@code /mx <domain>} (or just a domain), {@code help}
 * and {@code quit} line by line and prints the same report the chat adapters give, as plain text.
 * {@link #start()} runs until {@code quit} or end of input. One instance per terminal.
 *
 * <p>Lines come from a {@link ConsoleInput}: a line editor with history on a real terminal, a plain
 * reader otherwise. A line that holds control characters (where no editor turned the arrow keys
 * into editing, {@code ESC [ A} arrives as text) is answered with what it looks like, a key press,
 * rather than parsed as a domain.
 */
public final class ConsoleChat implements ChatService {

  private static final String PROMPT = "> ";

  private final RequestPipeline pipeline;
  private final PlainTextRenderer renderer;
  private final ConsoleInput in;
  private final PrintWriter out;
  private final String lang;
  private volatile boolean stopped;

  /** Reads plain lines from {@code in}: for pipes, files and tests. */
  public ConsoleChat(
      RequestPipeline pipeline,
      PlainTextRenderer renderer,
      BufferedReader in,
      PrintWriter out,
      String lang) {
    this(pipeline, renderer, new ReaderInput(in, out), out, lang);
  }

  /** Reads from {@code in} (which stays the caller's to close) and writes to {@code out}. */
  public ConsoleChat(
      RequestPipeline pipeline,
      PlainTextRenderer renderer,
      ConsoleInput in,
      PrintWriter out,
      String lang) {
    this.pipeline = pipeline;
    this.renderer = renderer;
    this.in = in;
    this.out = out;
    this.lang = lang;
  }

  @Override
  public String name() {
    return "console";
  }

  /** The terminal is always there while the console runs. */
  @Override
  public boolean ready() {
    return !stopped;
  }

  /** Each line is answered before the next is read: nothing is ever left to send. */
  @Override
  public boolean awaitAnswered(Duration limit) {
    return true;
  }

  @Override
  public void start() throws IOException {
    Messages messages = Messages.of(lang);
    out.println(messages.get("console.welcome"));
    String line;
    while (!stopped && (line = in.readLine(PROMPT)) != null) {
      if (!handle(line.strip(), messages)) {
        break;
      }
    }
    out.println(messages.get("console.bye"));
  }

  /** Handles one line; false when the user wants to leave. */
  boolean handle(String line, Messages messages) {
    String command = line.toLowerCase(Locale.ROOT);
    if (line.isEmpty()) {
      return true;
    }
    if (line.codePoints().anyMatch(ConsoleChat::isKeyCode)) {
      out.println(messages.get("console.keyPress"));
      out.flush();
      return true;
    }
    if (command.equals("quit") || command.equals("exit") || command.equals("/quit")) {
      return false;
    }
    if (command.equals("help") || command.equals("/help") || command.equals("?")) {
      out.println(messages.get("console.help"));
      return true;
    }
    String first = command.split("\\s+")[0];
    if (command.startsWith("/") && !first.equals("/mx")) {
      out.println(messages.get("console.unknown", Map.of("command", line.split("\\s+")[0])));
      return true;
    }
    // "/mx caffè.it", "mx caffè.it" and "caffè.it" all check caffè.it.
    String text = first.equals("/mx") || first.equals("mx") ? line.substring(first.length()) : line;
    ParsedRequest parsed = MxRequest.parse(text, new LinkedHashSet<>(pipeline.languages()));
    if (parsed.isAccepted() && parsed.request().share()) {
      out.println(messages.get("console.shareIgnored"));
    }
    for (Outcome outcome : pipeline.answer(Caller.console(), parsed, lang)) {
      out.print(answer(outcome));
    }
    out.flush();
    return true;
  }

  /**
   * A control character other than tab: what a terminal sends for arrows, function keys and
   * Ctrl-letter, never part of a domain or a command.
   */
  private static boolean isKeyCode(int codePoint) {
    return Character.isISOControl(codePoint) && codePoint != '\t';
  }

  private String answer(Outcome outcome) {
    if (outcome instanceof Outcome.Answered answered) {
      return renderer.render(answered.report(), answered.lang(), answered.notices())
          + answered
              .customerReply()
              .map(reply -> renderer.renderReply(reply, answered.lang()))
              .orElse("");
    }
    if (outcome instanceof Outcome.Refused refused) {
      return renderer.renderRefusal(refused.refusal(), refused.lang());
    }
    return Messages.of(outcome.lang()).get(outcome.messageKey(), outcome.params())
        + System.lineSeparator();
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
