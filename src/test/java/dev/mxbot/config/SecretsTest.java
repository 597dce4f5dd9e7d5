package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A secret from <NAME>_FILE")
class SecretsTest {

  @TempDir Path dir;

  private static Secrets fileOf(Path file) {
    return new Secrets(Map.of(Secrets.SLACK_BOT_TOKEN + "_FILE", file.toString()));
  }

  @Test
  @DisplayName("is the file's text without its trailing newline and surrounding whitespace")
  void trimmed() throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "  xoxb-1 \r\n");
    Path mounted = Files.createSymbolicLink(dir.resolve("mounted"), file);

    assertThat(fileOf(file).get(Secrets.SLACK_BOT_TOKEN)).contains("xoxb-1");
    assertThat(fileOf(mounted).get(Secrets.SLACK_BOT_TOKEN)).contains("xoxb-1");
    Files.writeString(file, "\n");
    assertThat(fileOf(file).get(Secrets.SLACK_BOT_TOKEN)).isEmpty();
  }

  @Test
  @DisplayName("may hold 64 KiB; one byte more stops start-up naming the variable and the limit")
  void limit() throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "x".repeat(64 << 10));
    assertThat(fileOf(file).get(Secrets.SLACK_BOT_TOKEN)).hasValue("x".repeat(64 << 10));

    Files.writeString(file, "x".repeat((64 << 10) + 1));
    assertThatThrownBy(() -> fileOf(file).get(Secrets.SLACK_BOT_TOKEN))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "SLACK_BOT_TOKEN_FILE="
                + file
                + ": expected a file of at most 64 KiB, got "
                + ((64 << 10) + 1)
                + " bytes");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SpecialFiles.class,
      names = {"DANGLING_LINK", "FIFO", "DEVICE", "DIRECTORY"})
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO must not hang
  @DisplayName("that is a dangling link, a FIFO, a device or a directory stops start-up, one line")
  void refused(SpecialFiles kind) throws Exception {
    Path file = dir.resolve("token");
    String expected = kind.make(file);

    assertThatThrownBy(() -> fileOf(file).get(Secrets.SLACK_BOT_TOKEN))
        .isInstanceOf(ConfigException.class)
        .hasMessage("SLACK_BOT_TOKEN_FILE=" + file + ": " + expected);
  }

  @Test
  @DisplayName("that does not exist stops start-up; its text is never in the message")
  void missingAndNotUtf8() throws IOException {
    Path file = dir.resolve("token");
    assertThatThrownBy(() -> fileOf(file).get(Secrets.SLACK_BOT_TOKEN))
        .hasMessage("SLACK_BOT_TOKEN_FILE=" + file + ": no such file; expected a regular file");

    Files.write(file, new byte[] {'x', 'o', (byte) 0xff});
    assertThatThrownBy(() -> fileOf(file).get(Secrets.SLACK_BOT_TOKEN))
        .hasMessage("SLACK_BOT_TOKEN_FILE=" + file + ": expected UTF-8 text");
  }
}
