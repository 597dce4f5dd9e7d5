package dev.mxbot.reply;

import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which findings the customer reply speaks about, read from {@code bot-config/replies/scope.yaml}
 * so that a support lead decides it, not the code. Each code sits in at most one list ({@link
 * Kind}); a warning or error in none of them is treated as {@link Kind#NOT_FOR_CUSTOMER} (the tests
 * require every one to be listed).
 */
final class ReplyScope {

  /** The file under the replies directory. */
  static final String FILE = "scope.yaml";

  /** What the reply does with a finding of a list. */
  enum Kind {
    /** A paragraph: the customer has something to change. */
    CUSTOMER("customer"),
    /**
     * A paragraph only when the zone is at another DNS host (the customer asks that host); at the
     * home provider it is the provider's own job, so the reply only says the team looks into it.
     */
    DNS_HOST("dnsHost"),
    /**
     * A paragraph only when no recognised mail provider runs the MX hosts (the customer's own
     * server); a provider's server is that provider's job.
     */
    OWN_MAIL_SERVER("ownMailServer"),
    /** A paragraph that asks the customer something, after everything they have to do. */
    QUESTION("questions"),
    /** A change is spreading: no paragraph, and no "we are looking into it" either. */
    WAITING("waiting"),
    /** No paragraph: the agent handles it; the reply says the team looks into other points. */
    NOT_FOR_CUSTOMER("notForCustomer");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The list's key in the file. */
    String key() {
      return key;
    }
  }

  private final Map<FindingCode, Kind> kinds;

  private ReplyScope(Map<FindingCode, Kind> kinds) {
    this.kinds = kinds;
  }

  /** Reads {@code <dir>/scope.yaml}; a {@link dev.mxbot.configfile.ConfigException} names it. */
  static ReplyScope load(Path dir) {
    ConfigNode root = ConfigNode.read(dir.resolve(FILE));
    String[] keys = new String[Kind.values().length];
    for (Kind kind : Kind.values()) {
      keys[kind.ordinal()] = kind.key();
    }
    root.requireKeys(keys);
    Map<FindingCode, Kind> kinds = new EnumMap<>(FindingCode.class);
    for (Kind kind : Kind.values()) {
      for (ConfigNode item : root.at(kind.key()).asList()) {
        FindingCode code = item.asEnum(FindingCode.class);
        Kind before = kinds.put(code, kind);
        if (before != null) {
          throw item.error(code + " is already listed under " + before.key());
        }
      }
    }
    return new ReplyScope(Map.copyOf(kinds));
  }

  /** The list {@code code} is in ({@link Kind#NOT_FOR_CUSTOMER} when in none). */
  Kind kind(FindingCode code) {
    return kinds.getOrDefault(code, Kind.NOT_FOR_CUSTOMER);
  }

  /** Every code listed, with its list, in the enum's order. */
  Map<FindingCode, Kind> listed() {
    return new LinkedHashMap<>(new EnumMap<>(kinds));
  }

  /** The codes that may get a paragraph (each needs a template in every language). */
  Set<FindingCode> withParagraph() {
    Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
    kinds.forEach(
        (code, kind) -> {
          if (kind != Kind.WAITING && kind != Kind.NOT_FOR_CUSTOMER) {
            codes.add(code);
          }
        });
    return codes;
  }

  /**
   * Whether {@code finding} of {@code report} gets a paragraph: {@code atHome} says whether the
   * home provider hosts the zone.
   */
  boolean paragraph(Finding finding, Report report, boolean atHome) {
    return switch (kind(finding.code())) {
      case CUSTOMER, QUESTION -> true;
      case DNS_HOST -> !atHome;
      case OWN_MAIL_SERVER -> report.mailProvider() == null;
      case WAITING, NOT_FOR_CUSTOMER -> false;
    };
  }
}
