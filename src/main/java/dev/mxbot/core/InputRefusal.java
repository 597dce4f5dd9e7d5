package dev.mxbot.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why an input was refused. {@code code} is the contract's {@code INPUT_EMPTY}, {@code
 * INPUT_INVALID} or {@code INPUT_NOT_ALLOWED}; {@code rule} names the broken rule and is the
 * message key suffix ({@code input.<rule>}); {@code params} holds the concrete values the message
 * shows (what was received, the limit, ...).
 */
public record InputRefusal(String code, String rule, Map<String, String> params) {

  public static final String EMPTY = "INPUT_EMPTY";
  public static final String INVALID = "INPUT_INVALID";
  public static final String NOT_ALLOWED = "INPUT_NOT_ALLOWED";

  public InputRefusal {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public String messageKey() {
    return "input." + rule;
  }
}
