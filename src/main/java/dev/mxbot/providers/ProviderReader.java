package dev.mxbot.providers;

import dev.mxbot.configfile.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns one file of {@code bot-config/providers/} into catalog entries, validating every key. */
final class ProviderReader {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private ProviderReader() {}

  /** One provider, or several sending services for a file of {@code kind: senders}. */
  static List<Provider> read(ConfigNode root) {
    String kind = root.at("kind").asOptionalText().orElse("provider");
    return switch (kind) {
      case "provider" -> List.of(provider(root));
      case "senders" -> senders(root);
      default -> throw root.at("kind").error("expected provider or senders, got \"" + kind + "\"");
    };
  }

  private static Provider provider(ConfigNode root) {
    root.requireKeys("id", "name", "home", "kind", "dnsHost", "mail");
    ConfigNode dns = root.at("dnsHost");
    ConfigNode mail = root.at("mail");
    if (!dns.isMissing()) {
      dns.requireKeys("nameservers", "pairing");
    }
    if (!mail.isMissing()) {
      mail.requireKeys("mxHosts", "mxSets", "spfIncludes", "autoconfig", "dkim");
    }
    List<MxHostRule> mxHosts = mail.at("mxHosts").asListOf(MailReader::rule);
    Provider provider =
        new Provider(
            id(root.at("id")),
            root.at("name").asText(),
            root.at("home").asBoolean(false),
            ProviderKind.PROVIDER,
            dns.at("nameservers").asListOf(n -> n.asPattern(FLAGS)),
            pairing(dns.at("pairing")),
            mxHosts,
            MailReader.mxSets(mail.at("mxSets"), mxHosts),
            includes(mail.at("spfIncludes")),
            mail.at("autoconfig").asListOf(MailReader::autoconfig),
            MailReader.dkim(mail.at("dkim")));
    if (!provider.isDnsHost() && !provider.isMailProvider()) {
      throw root.error("expected dnsHost.nameservers or mail.mxHosts (or both), found neither");
    }
    return provider;
  }

  private static List<Provider> senders(ConfigNode root) {
    root.requireKeys("kind", "senders");
    List<Provider> senders = new ArrayList<>();
    for (ConfigNode s : root.at("senders").asList()) {
      s.requireKeys("id", "name", "spfIncludes");
      List<String> includes = includes(s.at("spfIncludes"));
      if (includes.isEmpty()) {
        throw s.at("spfIncludes").error("expected at least one SPF include domain");
      }
      senders.add(
          new Provider(
              id(s.at("id")),
              s.at("name").asText(),
              false,
              ProviderKind.SENDER,
              List.of(),
              Optional.empty(),
              List.of(),
              List.of(),
              includes,
              List.of(),
              Optional.empty()));
    }
    if (senders.isEmpty()) {
      throw root.at("senders").error("expected a list of sending services");
    }
    return senders;
  }

  static String id(ConfigNode node) {
    String id = node.asText();
    if (!ID.matcher(id).matches()) {
      throw node.error(
          "expected an id of lower-case letters, digits and dashes, got \"" + id + "\"");
    }
    return id;
  }

  private static Optional<Pattern> pairing(ConfigNode node) {
    if (node.isMissing()) {
      return Optional.empty();
    }
    Pattern p = node.asPattern(FLAGS);
    if (!p.pattern().contains("(?<pair>")) {
      throw node.error("expected a regular expression with a named group (?<pair>...)");
    }
    return Optional.of(p);
  }

  static List<String> includes(ConfigNode node) {
    return node.asListOf(i -> HostNames.bare(hostText(i, 2)));
  }

  /** An absolute lower-case host name of at least two labels. */
  static String host(ConfigNode node) {
    return HostNames.absolute(hostText(node, 2));
  }

  static String hostText(ConfigNode node, int minLabels) {
    String text = node.asText();
    if (!HostNames.isValid(text, minLabels)) {
      throw node.error(
          "expected a host name"
              + (minLabels > 1 ? " such as mx0.mail.ovh.net" : "")
              + ", got \""
              + text
              + "\"");
    }
    return text;
  }
}
