package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Reading a file that must be a regular file of limited size")
class RegularFileTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a regular file, or a symbolic link to one (how Kubernetes mounts), is read")
  void regular() throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "abc\n");
    Path link = Files.createSymbolicLink(dir.resolve("link"), file);

    assertThat(RegularFile.read(file, 4, "token")).isEqualTo("abc\n".getBytes());
    assertThat(RegularFile.read(link, 4, "link")).isEqualTo("abc\n".getBytes());
  }

  @Test
  @DisplayName("nothing there: empty when that is allowed, else one line saying so")
  void missing() {
    Path file = dir.resolve("mxbot.yaml");

    assertThat(RegularFile.readIfPresent(file, 10, "x")).isEmpty();
    assertThatThrownBy(() -> RegularFile.read(file, 10, "bot-config/guides.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("bot-config/guides.yaml: no such file; expected a regular file");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SpecialFiles.class)
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO must not hang
  @DisplayName(
      "a dangling link, a FIFO, a device, a directory or 2 MiB is refused, even if optional")
  void refused(SpecialFiles kind) throws Exception {
    Path file = dir.resolve("mxbot.yaml");
    String expected = kind.make(file);

    assertThatThrownBy(() -> RegularFile.readIfPresent(file, 1 << 20, "cfg/mxbot.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cfg/mxbot.yaml: " + expected);
    assertThatThrownBy(() -> RegularFile.read(file, 1 << 20, "cfg/mxbot.yaml"))
        .hasMessage("cfg/mxbot.yaml: " + expected);
  }

  @Test
  @DisplayName("the limit is inclusive and named in KiB or MiB")
  void limit() throws IOException {
    Path file = Files.write(dir.resolve("secret"), new byte[64 << 10]);

    assertThat(RegularFile.read(file, 64 << 10, "s")).hasSize(64 << 10);
    assertThatThrownBy(() -> RegularFile.read(file, (64 << 10) - 1, "s"))
        .hasMessage("s: expected a file of at most 65535 bytes, got 65536 bytes");
    Files.write(
        file, "x".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> RegularFile.read(file, 64 << 10, "s"))
        .hasMessage("s: expected a file of at most 64 KiB, got 65537 bytes");
  }

  @Test
  @DisplayName("a 2 MiB YAML file is refused by its size, before any of it is parsed")
  void twoMibNotParsed() throws IOException {
    Path file = Files.write(dir.resolve("x.yaml"), SpecialFiles.twoMib("id: [unclosed\n"));
    String name = file.toString().replace('\\', '/');

    assertThatThrownBy(() -> ConfigNode.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(name + ": expected a file of at most 1 MiB, got 2097152 bytes");
    assertThatThrownBy(() -> ConfigNode.readOrEmpty(file))
        .hasMessage(name + ": expected a file of at most 1 MiB, got 2097152 bytes");
  }
}
