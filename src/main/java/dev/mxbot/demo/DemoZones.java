package dev.mxbot.demo;

import dev.mxbot.config.ConfigValues;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.Fault;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The demo's sample world, from {@code bot-config/demo/}: every {@code zones/*.zone} master file,
 * the sample domains to list ({@code demo.yaml: samples}) and the faults to inject ({@code
 * demo.yaml: faults}, e.g. SERVFAIL for a "broken" domain).
 */
public final class DemoZones {

  /** A sample domain and what it shows. */
  public record Sample(String domain, String shows) {}

  private record FaultRule(String name, RecordType type, Fault fault) {}

  private final List<Path> zoneFiles;
  private final List<Sample> samples;
  private final List<FaultRule> faults;

  private DemoZones(List<Path> zoneFiles, List<Sample> samples, List<FaultRule> faults) {
    this.zoneFiles = zoneFiles;
    this.samples = samples;
    this.faults = faults;
  }

  public static DemoZones load(Path demoDirectory) {
    Path file = demoDirectory.resolve("demo.yaml");
    try (Stream<Path> files = Files.list(demoDirectory.resolve("zones"))) {
      List<Path> zones = files.filter(p -> p.toString().endsWith(".zone")).sorted().toList();
      ConfigNode root = ConfigNode.read(file).requireKeys("samples", "faults");
      List<Sample> samples = new ArrayList<>();
      for (ConfigNode sample : root.at("samples").asList()) {
        sample.requireKeys("domain", "shows");
        samples.add(new Sample(sample.at("domain").asText(), sample.at("shows").asText()));
      }
      List<FaultRule> faults = new ArrayList<>();
      for (ConfigNode fault : root.at("faults").asList()) {
        faults.add(fault(fault.requireKeys("name", "type", "fault")));
      }
      return new DemoZones(zones, samples, faults);
    } catch (IOException e) {
      throw new ConfigException(demoDirectory + ": cannot read the demo zones: " + e.getMessage());
    }
  }

  private static FaultRule fault(ConfigNode node) {
    String name = node.at("name").asText();
    String type = node.at("type").asOptionalText().orElse("");
    String kind = node.at("fault").asText();
    RecordType recordType;
    try {
      recordType = type.isEmpty() ? null : RecordType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw node.at("type").error("expected a record type like MX, got \"" + type + "\"");
    }
    Fault fault =
        switch (kind) {
          case "servfail" -> Fault.servfail();
          case "refused" -> Fault.refused();
          case "drop" -> Fault.drop();
          case "truncate" -> Fault.truncate();
          default -> {
            if (kind.startsWith("delay ")) {
              yield Fault.delay(ConfigValues.duration(kind.substring("delay ".length())));
            }
            throw node.at("fault")
                .error(
                    "expected servfail, refused, drop, truncate or delay <duration>, got \""
                        + kind
                        + "\"");
          }
        };
    return new FaultRule(name, recordType, fault);
  }

  /** The names {@code demo.yaml} injects a fault into, without the trailing dot. */
  public List<String> faultedNames() {
    return faults.stream().map(rule -> rule.name().replaceAll("\\.$", "")).toList();
  }

  public List<Sample> samples() {
    return samples;
  }

  /** Starts a server on {@code 127.0.0.1}, an ephemeral port, with every zone and fault. */
  public ZoneServer start() throws IOException {
    return start(0);
  }

  /**
   * Starts a server on {@code 127.0.0.1:port} (UDP and TCP; {@code 0}: a free port), with every
   * zone and fault.
   */
  public ZoneServer start(int port) throws IOException {
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(port);
    zoneFiles.forEach(builder::zone);
    ZoneServer server = builder.start();
    faults.forEach(rule -> server.inject(rule.name(), rule.type(), rule.fault()));
    return server;
  }
}
