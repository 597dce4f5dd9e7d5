package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Telling "cannot reach the platform" from "the platform refused the token". */
@DisplayName("an unreachable chat platform")
class UnreachableTest {

  @Test
  @DisplayName("a network failure anywhere in the causes is found and described in a few words")
  void found() {
    assertThat(
            Unreachable.in(
                new RuntimeException(
                    "-1: java.net.UnknownHostException",
                    new UnknownHostException("discord.invalid"))))
        .contains("unknown host discord.invalid");
    assertThat(
            Unreachable.in(
                new IllegalStateException(
                    new UncheckedIOException(
                        new ConnectException("Failed to connect to /127.0.0.1:9")))))
        .contains("connection failed: Failed to connect to /127.0.0.1:9");
    assertThat(Unreachable.in(new SocketTimeoutException("connect timed out")))
        .contains("timed out: connect timed out");
    assertThat(Unreachable.in(new IOException("closed"))).contains("IOException: closed");
  }

  @Test
  @DisplayName("anything else is not a network failure")
  void notFound() {
    assertThat(Unreachable.in(new IllegalArgumentException("The token is invalid"))).isEmpty();
    assertThat(Unreachable.in(new RuntimeException((Throwable) null))).isEmpty();
  }

  @Test
  @DisplayName("the start-up line names the address and the setting, and clears the token")
  void line() {
    assertThat(
            Unreachable.line(
                "discord",
                "Discord's REST API",
                "http://127.0.0.1:9/api/",
                "connection failed: x",
                "discord.restUrl"))
        .isEqualTo(
            "discord: cannot reach Discord's REST API at http://127.0.0.1:9/api/ (connection"
                + " failed: x); check discord.restUrl, DNS and the network. The token was not"
                + " checked.");
  }
}
