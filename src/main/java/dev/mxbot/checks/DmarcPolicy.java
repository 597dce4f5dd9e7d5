package dev.mxbot.checks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The policy tags of a DMARC record. {@code effective} is the policy that applies to the asked
 * domain: {@code sp} when the record was inherited from the organisational domain and has one, else
 * {@code p}; an empty string when {@code p} is missing.
 */
record DmarcPolicy(Map<String, String> tags, String effective) {

  static DmarcPolicy parse(String record, boolean inherited) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : record.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        tags.putIfAbsent(
            part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
      }
    }
    String policy =
        inherited && tags.containsKey("sp") ? tags.get("sp") : tags.getOrDefault("p", "");
    return new DmarcPolicy(tags, policy.toLowerCase(Locale.ROOT));
  }
}
