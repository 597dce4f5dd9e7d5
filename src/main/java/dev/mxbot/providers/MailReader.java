package dev.mxbot.providers;

import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.core.MxEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code mail:} section of a provider file: MX hosts and sets, autoconfig, DKIM. */
final class MailReader {

  private MailReader() {}

  static MxHostRule rule(ConfigNode node) {
    node.requireKeys("pattern", "kind");
    return new MxHostRule(
        node.at("pattern").asPattern(ProviderReader.FLAGS),
        node.at("kind").asEnum(MxHostKind.class));
  }

  static List<MxSet> mxSets(ConfigNode node, List<MxHostRule> rules) {
    List<MxSet> sets = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode s : node.asList()) {
      s.requireKeys("id", "status", "region", "records");
      String id = ProviderReader.id(s.at("id"));
      if (!ids.add(id)) {
        throw s.at("id").error("expected a unique MX set id, \"" + id + "\" is used twice");
      }
      List<MxEntry> records = new ArrayList<>();
      for (ConfigNode r : s.at("records").asList()) {
        r.requireKeys("preference", "host");
        int preference = r.at("preference").asInt(0, 65535);
        String host = ProviderReader.host(r.at("host"));
        if (rules.stream().noneMatch(rule -> rule.matches(host))) {
          throw r.at("host")
              .error("expected a host matched by one of mail.mxHosts, got \"" + host + "\"");
        }
        records.add(new MxEntry(preference, host));
      }
      if (records.isEmpty()) {
        throw s.at("records").error("expected at least one {preference, host} record");
      }
      sets.add(
          new MxSet(
              id,
              s.at("status").asEnum(MxSetStatus.class),
              s.at("region").asOptionalText(),
              records));
    }
    return sets;
  }

  static AutoconfigRecord autoconfig(ConfigNode node) {
    node.requireKeys("name", "type", "target", "port", "required", "alsoAccepted");
    AutoconfigRecord.Type type = node.at("type").asEnum(AutoconfigRecord.Type.class);
    Integer port = null;
    if (type == AutoconfigRecord.Type.SRV) {
      port = node.at("port").asInt(1, 65535);
    } else if (!node.at("port").isMissing()) {
      throw node.at("port").error("expected no port for a CNAME record");
    }
    String name = HostNames.bare(ProviderReader.hostText(node.at("name"), 1));
    return new AutoconfigRecord(
        name,
        type,
        ProviderReader.host(node.at("target")),
        port,
        node.at("required").asBoolean(true),
        alsoAccepted(node.at("alsoAccepted")));
  }

  /** The {@code alsoAccepted} host patterns of an autoconfig record, none when absent. */
  private static List<Pattern> alsoAccepted(ConfigNode node) {
    if (node.isMissing()) {
      return List.of();
    }
    return node.asListOf(p -> p.asPattern(Pattern.CASE_INSENSITIVE));
  }

  static Optional<DkimProfile> dkim(ConfigNode node) {
    if (node.isMissing()) {
      return Optional.empty();
    }
    node.requireKeys("selectors", "selectorPattern", "type", "targetPattern");
    ConfigNode pattern = node.at("selectorPattern");
    ConfigNode target = node.at("targetPattern");
    return Optional.of(
        new DkimProfile(
            node.at("selectors").asListOf(s -> HostNames.bare(ProviderReader.hostText(s, 1))),
            pattern.isMissing()
                ? Optional.empty()
                : Optional.of(pattern.asPattern(ProviderReader.FLAGS)),
            node.at("type").asEnum(DkimProfile.Type.class),
            target.isMissing()
                ? Optional.empty()
                : Optional.of(target.asPattern(ProviderReader.FLAGS))));
  }
}
