package dev.mxbot.checks;

import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * All authoritative servers must serve the same version of the zone: the same SOA serial and the
 * same MX set. When they differ, a change is still spreading between them, or replication is
 * broken; the finding says which server holds which version. The same for the zone's own NS set
 * ({@code NS_SET_MISMATCH}: resolvers then learn different nameservers depending on whom they ask).
 * And the SOA's primary (MNAME) is normally one of the NS hosts; when it is not, the finding is
 * informational ({@code NS_SOA_MNAME}): a hidden primary is a common, deliberate setup.
 */
final class ZoneConsistencyCheck implements Check {

  private final NameserverFacts nameservers;

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
              nsSets(context, views);
              primary(context, views);
            });
  }

  /**
   * Each server's own NS set, compared: only servers that answered it authoritatively count, and
   * the finding needs two that did and differ.
   */
  private static void nsSets(CheckContext context, NameserverFacts.Views views) {
    Map<String, Set<String>> setByServer = new LinkedHashMap<>();
    for (NameserverFacts.ServerView server : views.servers()) {
      if (server.ns().isOk() && server.ns().authoritative()) {
        setByServer.put(server.label(), hosts(server.ns()));
      }
    }
    if (setByServer.values().stream().distinct().count() > 1) {
      String detail =
          setByServer.entrySet().stream()
              .map(e -> e.getKey() + ": " + Hosts.list(e.getValue()))
              .collect(Collectors.joining("; "));
      context.add(Finding.of(FindingCode.NS_SET_MISMATCH, "detail", detail));
    }
  }

  /**
   * The SOA primary (MNAME) all answering servers agree on, when it is not among the zone's NS
   * hosts (as the resolver gives them, nor as any server gives them).
   */
  private static void primary(CheckContext context, NameserverFacts.Views views) {
    Set<String> mnames = new TreeSet<>();
    Set<String> listed = new TreeSet<>(views.zone().nameservers());
    for (NameserverFacts.ServerView server : views.servers()) {
      if (server.soa().isOk() && server.soa().authoritative()) {
        String[] fields = server.soa().records().get(0).data().split(" ");
        mnames.add(Hosts.absolute(fields[0]));
      }
      if (server.ns().isOk() && server.ns().authoritative()) {
        listed.addAll(hosts(server.ns()));
      }
    }
    if (mnames.size() != 1 || listed.isEmpty()) {
      return;
    }
    String mname = mnames.iterator().next();
    if (!mname.equals(".") && !listed.contains(mname)) {
      context.add(
          Finding.of(
              FindingCode.NS_SOA_MNAME,
              "primary",
              Hosts.relative(mname),
              "nameservers",
              Hosts.list(views.zone().nameservers())));
    }
  }

  private static Set<String> hosts(DnsAnswer answer) {
    Set<String> hosts = new TreeSet<>();
    answer.records().forEach(r -> hosts.add(Hosts.absolute(r.data())));
    return hosts;
  }

  /** {@code SOA 2026112601, MX 1 mx0.mail.ovh.net, 5 mx1.mail.ovh.net} */
  private static String version(NameserverFacts.ServerView server) {
    String serial = server.soa().records().get(0).data().split(" ")[2];
    String mx = server.mx().isOk() ? MxFormat.list(MailFacts.entries(server.mx())) : "-";
    return "SOA " + serial + ", MX " + mx;
  }
}
