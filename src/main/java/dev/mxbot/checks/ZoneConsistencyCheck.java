package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * All authoritative servers must serve the same version of the zone: the same SOA serial and the
 * same MX set. When they differ, a change is still spreading between them, or replication is
 * broken; the finding says which server holds which version.
 */
final class ZoneConsistencyCheck implements Check {

  private final NameserverFacts nameservers;

  @Inject
  ZoneConsistencyCheck(NameserverFacts nameservers) {
    this.nameservers = nameservers;
  }

  @Override
  public Area area() {
    return Area.NAMESERVERS;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return nameservers
        .views(context)
        .thenAccept(
            views -> {
              Map<String, String> versionByServer = new LinkedHashMap<>();
              for (NameserverFacts.ServerView server : views.servers()) {
                if (server.soa().isOk()
                    && server.soa().authoritative()
                    && !server.mx().isUnanswered()) {
                  versionByServer.put(server.label(), version(server));
                }
              }
              if (versionByServer.values().stream().distinct().count() > 1) {
                String detail =
                    versionByServer.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "));
                context.add(Finding.of(FindingCode.NS_SERIAL_MISMATCH, "detail", detail));
              }
            });
  }

  /** {@code SOA 2026112601, MX 1 mx0.mail.ovh.net, 5 mx1.mail.ovh.net} */
  private static String version(NameserverFacts.ServerView server) {
    String serial = server.soa().records().get(0).data().split(" ")[2];
    String mx = server.mx().isOk() ? MxFormat.list(MailFacts.entries(server.mx())) : "-";
    return "SOA " + serial + ", MX " + mx;
  }
}
