package dev.mxbot.checks.dmarc;

import dev.mxbot.checks.dmarc.DmarcRecord.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges a DMARC record tag by tag (RFC 7489 §6.3–6.4, DMARCbis) and returns its first problem.
 *
 * <p>Decisions: tag names and the values of {@code p}, {@code sp}, {@code np} are case-insensitive
 * (quoted ABNF strings); the version value {@code DMARC1} is case-sensitive in the ABNF, but common
 * verifiers compare it case-insensitively, so {@code v=dmarc1} is accepted. Unknown tags are
 * ignored as the RFC requires, except one holding a policy word when {@code p} is missing ({@code
 * policy=reject}), which is shown as the likely typo. A missing {@code p} is an error: RFC 7489
 * discards such a record, DMARCbis applies it as {@code p=none} at best.
 */
public final class DmarcSyntax {

  /** A value followed by another tag without a semicolon: {@code reject rua=mailto:…}. */
  private static final Pattern GLUED = Pattern.compile("(?i)(\\S+)\\s+([a-z]+\\s*=.*)");

  private static final Pattern GLUED_VERSION = Pattern.compile("(?i)(DMARC1)\\s*([a-z]+\\s*=.*)");

  private DmarcSyntax() {}

  /** The first problem of {@code record}, or empty when every tag is valid. */
  public static Optional<DmarcProblem> problem(DmarcRecord record) {
    List<Part> parts = record.parts();
    if (!record.startsWithVersion()) {
      return Optional.of(versionProblem(record));
    }
    Set<String> seen = new HashSet<>();
    for (Part part : parts) {
      if (!part.isTag()) {
        return Optional.of(new DmarcProblem(part.value(), part.value(), "tag=value"));
      }
      if (!seen.add(part.name())) {
        String found =
            record.all(part.name()).stream().map(Part::written).collect(Collectors.joining("; "));
        String oneOf =
            record.all(part.name()).stream().map(Part::written).collect(Collectors.joining(" | "));
        return Optional.of(new DmarcProblem(part.name(), found, oneOf));
      }
      Optional<DmarcProblem> invalid = valueProblem(part);
      if (invalid.isPresent()) {
        return invalid;
      }
    }
    if (record.value("p").isEmpty()) {
      String typo =
          parts.stream()
              .filter(p -> DmarcTag.named(p.name()).isEmpty() && DmarcTag.isPolicy(p.value()))
              .map(Part::written)
              .findFirst()
              .orElse("");
      return Optional.of(new DmarcProblem("p", typo, DmarcTag.P.expected()));
    }
    return Optional.empty();
  }

  private static DmarcProblem versionProblem(DmarcRecord record) {
    Part first = record.parts().isEmpty() ? new Part("", "") : record.parts().get(0);
    if (first.name().equals("v")) {
      Matcher glued = GLUED_VERSION.matcher(first.value());
      String expected =
          glued.matches() ? glued.group(1) + "; " + glued.group(2) : DmarcTag.V.expected();
      return new DmarcProblem("v", first.value(), expected);
    }
    String rest =
        record.parts().stream()
            .filter(p -> !p.name().equals("v"))
            .map(Part::written)
            .collect(Collectors.joining("; "));
    return new DmarcProblem("v", first.written(), "v=DMARC1; " + rest);
  }

  private static Optional<DmarcProblem> valueProblem(Part part) {
    Optional<DmarcTag> tag = DmarcTag.named(part.name());
    if (tag.isEmpty() || tag.get().accepts(part.value())) {
      return Optional.empty();
    }
    Matcher glued = GLUED.matcher(part.value());
    if (glued.matches() && tag.get().accepts(glued.group(1))) {
      String fixed = glued.group(1) + "; " + glued.group(2);
      return Optional.of(new DmarcProblem(part.name(), part.value(), fixed));
    }
    return Optional.of(new DmarcProblem(part.name(), part.value(), tag.get().expected()));
  }
}
