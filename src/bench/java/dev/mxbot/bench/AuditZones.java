package dev.mxbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit phase's world: the benchmark zones plus {@code count} OVHcloud customers ({@code
 * audit-c1.it}…), each a copy of {@code ovh-customer.it} under its own name, delegated to the same
 * two nameservers: what a support lead audits (many domains sharing nameservers, MX hosts and the
 * SPF include).
 */
public final class AuditZones {

  private static final String TEMPLATE = "ovh-customer.it";

  private AuditZones() {}

  /** Writes the zones into {@code target}; returns the customers' domains. */
  public static List<String> write(Path benchZones, Path target, int count) throws IOException {
    Files.createDirectories(target.resolve("ns2"));
    copyZones(benchZones, target);
    copyZones(benchZones.resolve("ns2"), target.resolve("ns2"));
    String template = Files.readString(benchZones.resolve(TEMPLATE + ".zone"));
    StringBuilder delegations = new StringBuilder("\n");
    List<String> domains = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String domain = "audit-c" + i + ".it";
      domains.add(domain);
      Files.writeString(
          target.resolve(domain + ".zone"), template.replace(TEMPLATE + ".", domain + "."));
      String label = "audit-c" + i;
      delegations.append(label).append(" NS dns109.ovh.net.\n");
      delegations.append(label).append(" NS ns109.ovh.net.\n");
    }
    Path registry = target.resolve("it.zone");
    Files.writeString(registry, Files.readString(registry) + delegations);
    return domains;
  }

  private static void copyZones(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".zone")).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
