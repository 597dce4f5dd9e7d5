package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.core.Area;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.ChecksOn;
import dev.mxbot.testing.TestCertificates;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MTA-STS fault rows against a real HTTPS server on loopback: a Jetty server with certificates of a
 * test CA made at test time ({@code keytool}, no extra dependency), trusted through {@code
 * tls.extraCertificates}; the zones served by an in-process zone server used as the resolver.
 * {@code 127.0.0.10} serves policies by host name with a certificate for every {@code
 * mta-sts.<row>.it}; {@code .11} a certificate for another name; {@code .12} one of a CA nobody
 * trusts; {@code .13} listens nowhere (refused); {@code .14} accepts and never answers (timeout).
 */
@DisplayName("MTA-STS: TXT record, HTTPS policy fetch and MX patterns")
class MtaStsScenariosTest {

  private static final List<String> ROWS =
      List.of(
          "valid",
          "wild",
          "deep",
          "testing",
          "nonemode",
          "mismatch",
          "notfound",
          "redirect",
          "ctype",
          "big",
          "badsyntax",
          "wrongname",
          "untrusted",
          "refused",
          "nopolicy",
          "none",
          "silent",
          "multi",
          "chunked");

  @TempDir static Path dir;
  private static ZoneServer zones;
  private static final List<DnsjavaDns> clients = new ArrayList<>();
  private static Server https;
  private static ServerSocket silent;
  private static final List<Socket> held = new ArrayList<>();
  private static Injector injector;
  private static Injector strict;

  private static ServerConnector connector(Server server, Path store, String host, int port) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(store.toString());
    tls.setKeyStorePassword(TestCertificates.PASSWORD);
    tls.setKeyStoreType("PKCS12");
    ServerConnector connector = new ServerConnector(server, tls, new HttpConnectionFactory());
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  private static String policy(String mode, String... mx) {
    StringBuilder text = new StringBuilder("version: STSv1\r\nmode: " + mode + "\r\n");
    for (String pattern : mx) {
      text.append("mx: ").append(pattern).append("\r\n");
    }
    return text.append("max_age: 86400\r\n").toString();
  }

  /** What {@code mta-sts.<row>.it} serves. */
  private static void answer(String row, Response response, Callback callback) {
    String type = "text/plain; charset=utf-8";
    String body;
    int status = 200;
    switch (row) {
      case "valid" -> body = policy("enforce", "mx1.valid.it");
      case "wild" -> body = policy("enforce", "*.wild.it");
      case "deep" -> body = policy("enforce", "*.deep.it");
      case "testing" -> body = policy("testing", "mail.elsewhere.net");
      case "nonemode" -> body = "version: STSv1\nmode: none\nmax_age: 86400\n";
      case "mismatch" -> body = policy("enforce", "mail.other.it", "*.other.it");
      case "notfound" -> {
        status = 404;
        body = "not found";
      }
      case "redirect" -> {
        status = 301;
        body = "";
        response.getHeaders().put(HttpHeader.LOCATION, "https://www.redirect.it/mta-sts.txt");
      }
      case "ctype" -> {
        type = "text/html";
        body = "<html>" + policy("enforce", "mx1.ctype.it") + "</html>";
      }
      case "big" -> body = policy("enforce", "mx1.big.it") + "x-pad: " + "a".repeat(70_000) + "\n";
      case "badsyntax" -> body = policy("enforced", "mx1.badsyntax.it");
      case "chunked" -> {
        // Two writes, no length: Jetty sends the body chunked.
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        byte[] first = "version: STSv1\r\nmode: enforce\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "mx: mx1.chunked.it\r\nmax_age: 86400\r\n".getBytes(StandardCharsets.UTF_8);
        response.write(
            false,
            ByteBuffer.wrap(first),
            Callback.from(
                () -> response.write(true, ByteBuffer.wrap(rest), callback), callback::failed));
        return;
      }
      default -> body = policy("enforce", "mx1." + row + ".it");
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String zone(String row) {
    String origin = row + ".it.";
    List<String> lines =
        new ArrayList<>(
            List.of(
                "$ORIGIN " + origin,
                "$TTL 3600",
                "@ SOA ns1." + origin + " hostmaster." + origin + " 1 3600 600 86400 300",
                "@ NS ns1." + origin,
                "ns1 A 127.0.0.1",
                "mx1 A 127.0.0.1",
                "@ TXT \"v=spf1 mx -all\""));
    switch (row) {
      case "deep" -> lines.add("@ MX 10 a.b.deep.it.");
      case "mismatch" -> lines.add("@ MX 10 mx.mismatch.it.");
      default -> lines.add("@ MX 10 mx1." + origin);
    }
    if (row.equals("multi")) {
      lines.add("_mta-sts TXT \"v=STSv1; id=1\"");
      lines.add("_mta-sts TXT \"v=STSv1; id=2\"");
    } else if (!row.equals("none")) {
      lines.add("_mta-sts TXT \"v=STSv1; id=20261205T1;\"");
    }
    String address =
        switch (row) {
          case "wrongname" -> "127.0.0.11";
          case "untrusted" -> "127.0.0.12";
          case "refused" -> "127.0.0.13";
          case "silent" -> "127.0.0.14";
          default -> "127.0.0.10";
        };
    if (!row.equals("nopolicy") && !row.equals("none")) {
      lines.add("mta-sts A " + address);
    }
    return String.join("\n", lines) + "\n";
  }

  private static Injector injector(boolean allowPrivate, int port) {
    DnsjavaDns client =
        new DnsjavaDns(
            DnsSettings.using(List.of(zones.socketAddress()))
                .withAuthoritativePort(zones.port())
                .withPrivateAddressesAllowed(allowPrivate));
    clients.add(client);
    return ChecksOn.injector(
        client,
        Duration.ofSeconds(6),
        binder ->
            OptionalBinder.newOptionalBinder(binder, MtaStsSettings.class)
                .setBinding()
                .toInstance(new MtaStsSettings(port, Optional.of(dir.resolve("test-ca.pem")))));
  }

  @BeforeAll
  static void start() throws Exception {
    TestCertificates certificates = TestCertificates.in(dir);
    certificates.authority("test-ca");
    certificates.authority("rogue-ca");
    Path good =
        certificates.server(
            "good", "test-ca", ROWS.stream().map(r -> "mta-sts." + r + ".it").toList());
    Path other = certificates.server("other", "test-ca", List.of("mta-sts.someone-else.it"));
    Path rogue = certificates.server("rogue", "rogue-ca", List.of("mta-sts.untrusted.it"));

    https = new Server();
    ServerConnector first = connector(https, good, "127.0.0.10", 0);
    https.addConnector(first);
    https.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            String host = Request.getServerName(request);
            String row = host.replaceFirst("^mta-sts\\.", "").replaceFirst("\\.it$", "");
            answer(row, response, callback);
            return true;
          }
        });
    https.start();
    int port = first.getLocalPort();
    for (var extra :
        List.of(
            connector(https, other, "127.0.0.11", port),
            connector(https, rogue, "127.0.0.12", port))) {
      https.addConnector(extra);
      extra.start();
    }
    silent = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.14"));
    Thread acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  Socket socket = silent.accept();
                  synchronized (held) {
                    held.add(socket); // accepted, never answered
                  }
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "mta-sts-silent");
    acceptor.setDaemon(true);
    acceptor.start();

    var builder = ZoneServer.builder().address("127.0.0.1").port(0);
    for (String row : ROWS) {
      builder.zone(row + ".it.", zone(row));
    }
    zones = builder.start();
    injector = injector(true, port);
    strict = injector(false, port);
  }

  @AfterAll
  static void stop() throws Exception {
    https.stop();
    silent.close();
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
    clients.forEach(DnsjavaDns::close);
    zones.close();
  }

  private static Report diagnose(Injector with, String row) {
    String domain = row + ".it";
    return with.getInstance(Diagnosis.class)
        .diagnose(domain, DomainName.of(domain), new CheckOptions(List.of()));
  }

  private static List<Finding> mtaSts(Report report) {
    return report.findings().stream().filter(f -> f.area() == Area.MTA_STS).toList();
  }

  private static Finding only(Report report) {
    List<Finding> found = mtaSts(report);
    assertThat(found).as("MTA-STS findings of %s", report.findings()).hasSize(1);
    assertThat(report.unchecked()).doesNotContain(Area.MTA_STS);
    return found.get(0);
  }

  private static void invalid(String row, String reason, Map<String, String> params) {
    Finding finding = only(diagnose(injector, row));
    assertThat(finding.code().name()).as(row).isEqualTo("MTA_STS_INVALID");
    assertThat(finding.param("reasonKey")).as(row).isEqualTo("reason.mtasts." + reason);
    params.forEach((k, v) -> assertThat(finding.param(k)).as(row + " " + k).isEqualTo(v));
  }

  @Test
  @DisplayName("enforce, every MX matches: MTA_STS_VALID with the id, mode and patterns")
  void valid() {
    Finding finding = only(diagnose(injector, "valid"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_VALID");
    assertThat(finding.params())
        .containsEntry("id", "20261205T1")
        .containsEntry("mode", "enforce")
        .containsEntry("patterns", "mx1.valid.it")
        .containsEntry("mx", "mx1.valid.it");
  }

  @Test
  @DisplayName("*.wild.it matches mx1.wild.it; *.deep.it does not match a.b.deep.it (one label)")
  void wildcardOneLabel() {
    assertThat(only(diagnose(injector, "wild")).code().name()).isEqualTo("MTA_STS_VALID");
    Finding deep = only(diagnose(injector, "deep"));
    assertThat(deep.code().name()).isEqualTo("MTA_STS_MX_MISMATCH");
    assertThat(deep.param("hosts")).isEqualTo("a.b.deep.it");
  }

  @Test
  @DisplayName("enforce, MX matches no pattern: MTA_STS_MX_MISMATCH names the host and patterns")
  void mismatch() {
    Finding finding = only(diagnose(injector, "mismatch"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_MX_MISMATCH");
    assertThat(finding.params())
        .containsEntry("hosts", "mx.mismatch.it")
        .containsEntry("patterns", "mail.other.it, *.other.it");
  }

  @Test
  @DisplayName("testing mode: MTA_STS_TESTING, saying enforce mode would refuse the MX host")
  void testing() {
    Finding finding = only(diagnose(injector, "testing"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_TESTING");
    assertThat(finding.params())
        .containsEntry("mode", "testing")
        .containsEntry("hosts", "mx1.testing.it")
        .containsEntry("noteKey", "note.mtasts.testing_mismatch");
  }

  @Test
  @DisplayName("none mode (no mx lines): MTA_STS_TESTING with mode none, no mismatch note")
  void noneMode() {
    Finding finding = only(diagnose(injector, "nonemode"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_TESTING");
    assertThat(finding.params()).containsEntry("mode", "none").doesNotContainKey("noteKey");
  }

  @Test
  @DisplayName("a policy sent in chunks (no Content-Length) is read whole: MTA_STS_VALID")
  void chunked() {
    Finding finding = only(diagnose(injector, "chunked"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_VALID");
    assertThat(finding.param("patterns")).isEqualTo("mx1.chunked.it");
  }

  @Test
  @DisplayName("no _mta-sts TXT: MTA_STS_NONE")
  void none() {
    assertThat(only(diagnose(injector, "none")).code().name()).isEqualTo("MTA_STS_NONE");
  }

  @Test
  @DisplayName("HTTP faults: 404, a redirect (not followed), text/html, a body over 64 KiB")
  void httpFaults() {
    invalid("notfound", "http_status", Map.of("status", "404"));
    invalid("redirect", "http_status", Map.of("status", "301"));
    invalid("ctype", "content_type", Map.of("contentType", "text/html"));
    invalid("big", "too_large", Map.of());
  }

  @Test
  @DisplayName("policy syntax: mode: enforced is refused with the value")
  void policySyntax() {
    invalid("badsyntax", "policy_mode", Map.of("value", "enforced"));
  }

  @Test
  @DisplayName("certificates: for another name, from a CA nobody trusts")
  void certificates() {
    invalid("wrongname", "tls_name", Map.of());
    invalid("untrusted", "tls_untrusted", Map.of());
  }

  @Test
  @DisplayName("connection refused, no address for mta-sts, two TXT records: MTA_STS_INVALID")
  void unreachable() {
    invalid("refused", "refused", Map.of());
    invalid("nopolicy", "no_address", Map.of());
    invalid("multi", "txt_multiple", Map.of("count", "2"));
  }

  @Test
  @DisplayName("a server that accepts and never answers: no finding, the area is not checked")
  void timeout() {
    Report report = diagnose(injector, "silent");
    assertThat(mtaSts(report)).isEmpty();
    assertThat(report.unchecked()).contains(Area.MTA_STS);
  }

  @Test
  @DisplayName("without dns.allowPrivateAddresses the loopback policy host is never contacted")
  void privateAddress() {
    Finding finding = only(diagnose(strict, "valid"));
    assertThat(finding.code().name()).isEqualTo("MTA_STS_INVALID");
    assertThat(finding.param("reasonKey")).isEqualTo("reason.mtasts.private_address");
    assertThat(finding.param("addresses")).isEqualTo("127.0.0.10");
  }
}
