package dev.mxbot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dependency depth of a domain: the minimum number of sequential round trips any correct
 * diagnosis needs, computed from the zone data. Each chain below is a sequence of questions where
 * one cannot be asked before the previous answer is known; questions that need nothing (the
 * domain's NS, MX, TXT, DMARC, DS, the parent's NS, the agent's DKIM selectors) all start at once.
 *
 * <ul>
 *   <li>NS of the domain → address of each nameserver → SOA/MX asked of it directly;
 *   <li>NS of the parent → address of each registry server → NS asked of it directly;
 *   <li>MX → address of each target;
 *   <li>SPF: TXT → each include/redirect's TXT → … ; {@code a}/{@code exists} → A, {@code mx} → MX;
 *   <li>MX (it names the provider, hence which records to expect) → each autoconfiguration SRV or
 *       CNAME of the zone → address of its target;
 *   <li>DKIM: the selector's TXT (a CNAME to another zone is one more round trip).
 * </ul>
 *
 * A question costs the rounds {@link ZoneData#lookup} says. Pure function of the zone data.
 */
final class DependencyDepth {

  /** One chain and its length in round trips, e.g. {@code "TXT a.it → TXT b.it" (2)}. */
  record Chain(int rounds, String path) {}

  private final ZoneData data;

  DependencyDepth(ZoneData data) {
    this.data = data;
  }

  /** The longest chain of {@code domain} (absolute or not) with these DKIM selectors. */
  Chain of(String domain, List<String> dkimSelectors) {
    return chains(ZoneData.lower(domain), dkimSelectors).stream()
        .max(Comparator.comparingInt(Chain::rounds))
        .orElseThrow();
  }

  List<Chain> chains(String domain, List<String> dkimSelectors) {
    List<Chain> chains = new ArrayList<>();
    chains.add(askEach("NS", domain, "SOA/MX", "direct"));
    String parent = domain.substring(domain.indexOf('.') + 1);
    chains.add(askEach("NS", parent, "NS " + domain, "direct"));
    ZoneData.Lookup mx = data.lookup(domain, "MX");
    chains.add(then(new Chain(mx.rounds(), "MX " + domain), targetsAddress(mx.data())));
    chains.add(new SpfChains(data).longest(domain));
    chains.add(single("TXT", "_dmarc." + domain));
    chains.add(single("DS", domain));
    chains.add(single("TXT", "_domainkey." + domain));
    for (String selector : dkimSelectors) {
      chains.add(single("TXT", selector + "._domainkey." + domain));
    }
    for (String type : List.of("SRV", "CNAME")) {
      for (String owner : data.ownersWith(domain, type)) {
        if (owner.contains("._domainkey.")) {
          continue;
        }
        ZoneData.Lookup record = data.lookup(owner, type);
        Chain first =
            new Chain(mx.rounds() + record.rounds(), "MX " + domain + " → " + type + " " + owner);
        chains.add(then(first, targetsAddress(record.data())));
      }
    }
    return chains;
  }

  /** {@code type name} → A of each host in the answer → one direct question to that host. */
  private Chain askEach(String type, String name, String direct, String how) {
    ZoneData.Lookup ns = data.lookup(name, type);
    Chain hosts = then(new Chain(ns.rounds(), type + " " + name), targetsAddress(ns.data()));
    return new Chain(hosts.rounds() + 1, hosts.path() + " → " + direct + " " + how);
  }

  private Chain single(String type, String name) {
    return new Chain(data.lookup(name, type).rounds(), type + " " + name);
  }

  /** The slowest address lookup of the host names ending each record's data. */
  private Chain targetsAddress(List<String> records) {
    Chain slowest = new Chain(0, "");
    for (String record : records) {
      String[] fields = record.split(" ");
      String host = fields[fields.length - 1];
      int rounds = data.lookup(host, "A").rounds();
      if (rounds > slowest.rounds()) {
        slowest = new Chain(rounds, "A " + host);
      }
    }
    return slowest;
  }

  static Chain then(Chain first, Chain next) {
    if (next.rounds() == 0) {
      return first;
    }
    return new Chain(first.rounds() + next.rounds(), first.path() + " → " + next.path());
  }
}
