package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.FakeSocketMode;
import dev.mxbot.testing.ServeWorld;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /readyz} follows the chat connections: 503 with the reason before they are up and when one
 * drops, 200 while every adapter is connected. {@code /healthz} stays 200 throughout.
 */
@DisplayName("/readyz flips with the chat connections")
class ReadyzTest {

  @Test
  @DisplayName(
      "Slack Socket Mode: 503 before connecting, 200 once connected, 503 when the socket drops,"
          + " 200 again when Bolt reconnects")
  void slackSocket() throws Exception {
    try (ServeWorld world = ServeWorld.build(true, false)) {
      OpsServer ops = world.dns.app.get(OpsServer.class);
      ops.start(world.services); // the listener first, as serve does
      HttpResponse<String> before = world.ops("/readyz");
      assertThat(before.statusCode()).isEqualTo(503);
      assertThat(before.body()).contains("slack-socket not connected");
      assertThat(world.ops("/healthz").statusCode()).isEqualTo(200);

      world.services.get(0).start();
      assertThat(world.awaitOps("/readyz", r -> r.statusCode() == 200, 15).body())
          .isEqualTo("ready\n");

      world.socket.stop(1000); // Slack goes away
      HttpResponse<String> dropped = world.awaitOps("/readyz", r -> r.statusCode() == 503, 40);
      assertThat(dropped.statusCode()).isEqualTo(503);
      assertThat(dropped.body()).contains("slack-socket not connected");
      assertThat(world.ops("/healthz").statusCode()).isEqualTo(200);

      FakeSocketMode again = new FakeSocketMode();
      again.start();
      world.slack.socketUrl(again.url());
      try {
        assertThat(world.awaitOps("/readyz", r -> r.statusCode() == 200, 40).statusCode())
            .isEqualTo(200);
      } finally {
        world.services.get(0).stop();
        again.stop(1000);
      }
    }
  }

  @Test
  @DisplayName("Discord: 503 before login, 200 when the gateway is connected, 503 when it drops")
  void discordGateway() throws Exception {
    try (ServeWorld world = ServeWorld.build(false, true)) {
      OpsServer ops = world.dns.app.get(OpsServer.class);
      ops.start(world.services);
      assertThat(world.ops("/readyz").body()).isEqualTo("not ready: discord not connected\n");

      world.services.get(0).start();
      assertThat(world.awaitOps("/readyz", r -> r.statusCode() == 200, 15).statusCode())
          .isEqualTo(200);

      world.gateway.stop(1000); // the gateway connection drops
      HttpResponse<String> dropped = world.awaitOps("/readyz", r -> r.statusCode() == 503, 40);
      assertThat(dropped.statusCode()).isEqualTo(503);
      assertThat(dropped.body()).contains("discord not connected");
    }
  }
}
