package dev.mxbot.testing;

import dev.mxbot.cli.Main;
import dev.mxbot.i18n.Messages;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * What {@code mxbot check --reply LANG DOMAIN} prints against a {@link DemoWorld}: the whole output
 * and the customer reply in it (everything after the heading and its blank line), so chat tests can
 * compare their block with the command line byte for byte.
 */
public final class CliReplies {

  private CliReplies() {}

  /** The command's standard output; fails when it exits with another code than 0 or 1. */
  public static String output(DemoWorld world, String... args) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "check",
                "--config",
                "bot-config",
                "--timeout",
                "3",
                "--resolver",
                world.resolverOption(),
                "--authoritative-port",
                String.valueOf(world.server.port()),
                "--allow-private-addresses"));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    if (code > 1) {
      throw new AssertionError("check exited " + code + ": " + err);
    }
    return out.toString();
  }

  /** The reply {@code check --reply lang domain} prints (the report is in English). */
  public static String reply(DemoWorld world, String lang, String domain) {
    String out = output(world, "--reply", lang, domain);
    String heading = Messages.of("en").get("reply.heading", Map.of("lang", lang)) + "\n\n";
    int at = out.indexOf(heading);
    if (at < 0) {
      throw new AssertionError("no reply heading in: " + out);
    }
    return out.substring(at + heading.length());
  }
}
