package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.ServeWorld;
import dev.mxbot.testing.StalledClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attacker holding idle or half-sent connections to the ops port does not silence it: the load
 * balancer's probes and Prometheus still get their answers. (The client timeout only guards against
 * a hang; nothing here measures time.)
 */
@DisplayName("the ops port keeps answering while slow clients hold connections")
class OpsSlowClientsTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @ParameterizedTest(name = "{0} connections sending \"{1}\" and stalling")
  @CsvSource(
      delimiter = '|',
      value = {
        "2   | GET /hea",
        "2   | GET /healthz HTTP/1.1\\r\\nHost: ops\\r\\n",
        "500 | GET /metrics HTTP/1.1\\r\\nHost: ops\\r\\nUser-Agent: sl",
        "500 | ''"
      })
  @DisplayName("/healthz, /readyz and /metrics still answer")
  void stillAnswers(int count, String start) throws Exception {
    try (ServeWorld world = ServeWorld.build(false, true)) {
      world.dns.app.get(OpsServer.class).start(world.services);
      try (StalledClients stalled =
          StalledClients.open(world.serving.opsPort(), count, start.replace("\\r\\n", "\r\n"))) {
        assertThat(stalled.count()).isEqualTo(count);
        assertThat(get(world, "/healthz").statusCode()).isEqualTo(200);
        assertThat(get(world, "/readyz").body()).isEqualTo("not ready: discord not connected\n");
        assertThat(get(world, "/metrics").body()).contains("jvm_threads_live_threads ");
      }
    }
  }

  private HttpResponse<String> get(ServeWorld world, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.serving.opsPort() + path))
            .timeout(Duration.ofSeconds(30)) // a hang guard, not a measurement
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
