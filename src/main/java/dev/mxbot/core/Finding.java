package dev.mxbot.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the diagnosis learned. {@code params} are the concrete values the message shows
 * (language-neutral: host names, records, counts), substituted into the bundle text {@code
 * finding.<CODE>} by name, e.g. {@code {expected}}.
 */
public record Finding(FindingCode code, Severity severity, Map<String, String> params) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A finding with the contract's severity and no parameters. */
  public static Finding of(FindingCode code) {
    return new Finding(code, code.severity(), Map.of());
  }

  /** A finding with the contract's severity; {@code keyValues} alternates names and values. */
  public static Finding of(FindingCode code, String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keyValues must come in pairs");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return new Finding(code, code.severity(), params);
  }

  /**
   * The same finding with one more parameter ({@code name} replaced if present): e.g. the {@code
   * ttl} the customer reply reads the time a change takes to spread from.
   */
  public Finding with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(params);
    more.put(name, value);
    return new Finding(code, severity, more);
  }

  public Area area() {
    return code.area();
  }

  public String param(String name) {
    return params.get(name);
  }
}
