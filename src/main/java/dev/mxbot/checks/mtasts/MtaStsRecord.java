package dev.mxbot.checks.mtasts;

import java.util.regex.Pattern;

/**
 * The {@code _mta-sts} TXT record (RFC 8461 §3.1): {@code v=STSv1; id=<1-32 letters or digits>},
 * then optional extension fields. Senders fetch the policy again only when {@code id} changes.
 *
 * @param id the policy's id
 */
public record MtaStsRecord(String id) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,32}");
  private static final Pattern EXTENSION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
  private static final Pattern EXTENSION_VALUE = Pattern.compile("[\\x21-\\x3A\\x3C\\x3E-\\x7E]+");

  /**
   * Reads {@code text} strictly: {@code v=STSv1} first (case as written in the RFC), exactly one
   * {@code id}, fields separated by {@code ;} with optional spaces around them, a trailing {@code
   * ;} allowed. Extension fields are skipped when well formed.
   *
   * @throws MtaStsProblem {@code txt_syntax} with the record
   */
  public static MtaStsRecord parse(String text) throws MtaStsProblem {
    String[] fields = text.strip().split(";", -1);
    String id = null;
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i].strip();
      if (field.isEmpty() && i == fields.length - 1 && i > 0) {
        break; // a trailing ';'
      }
      int eq = field.indexOf('=');
      if (eq <= 0) {
        throw bad(text);
      }
      String name = field.substring(0, eq);
      String value = field.substring(eq + 1);
      if (i == 0) {
        if (!name.equals("v") || !value.equals("STSv1")) {
          throw bad(text);
        }
      } else if (name.equals("id")) {
        if (id != null || !ID.matcher(value).matches()) {
          throw bad(text);
        }
        id = value;
      } else if (name.equals("v")
          || !EXTENSION_NAME.matcher(name).matches()
          || !EXTENSION_VALUE.matcher(value).matches()) {
        throw bad(text);
      }
    }
    if (id == null) {
      throw bad(text);
    }
    return new MtaStsRecord(id);
  }

  private static MtaStsProblem bad(String text) {
    return new MtaStsProblem("txt_syntax", text.strip(), 0);
  }
}
