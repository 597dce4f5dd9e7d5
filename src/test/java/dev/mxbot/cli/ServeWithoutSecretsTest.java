package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mxbot.config.Secrets;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A new user runs the bot with no chat secret yet, at a terminal. */
@DisplayName("serve without chat secrets, at a terminal")
class ServeWithoutSecretsTest {

  @Test
  @DisplayName("says no chat platform is configured and opens the console")
  void opensTheConsole() throws Exception {
    assumeTrue(
        new Secrets(System.getenv()).get(Secrets.SLACK_BOT_TOKEN).isEmpty()
            && new Secrets(System.getenv()).get(Secrets.DISCORD_TOKEN).isEmpty(),
        "this machine's environment holds chat secrets");
    StringWriter out = new StringWriter();
    CommonOptions options = new CommonOptions();
    options.config = Path.of("bot-config");
    Terminal terminal =
        new Terminal(
            new BufferedReader(new StringReader("quit\n")), new PrintWriter(out, true), true);

    int code = ServeRun.run(options, terminal);

    assertThat(code).isZero();
    assertThat(out.toString()).contains("No chat platform is configured");
  }
}
