package dev.mxbot.checks;

import dev.mxbot.core.MxEntry;
import java.util.List;
import java.util.stream.Collectors;

/** Writes MX sets the way messages show them: {@code 1 mx0.mail.ovh.net, 5 mx1.mail.ovh.net}. */
final class MxFormat {

  private MxFormat() {}

  static String list(List<MxEntry> mx) {
    return mx.stream()
        .map(entry -> entry.preference() + " " + Hosts.relative(entry.host()))
        .collect(Collectors.joining(", "));
  }
}
