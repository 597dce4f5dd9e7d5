package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Answers "does this SPF record authorise one of these includes?", looking through nested {@code
 * include:} and {@code redirect=} terms (a customer may include their own record that includes the
 * provider's). Bounded: at most {@value #MAX_DEPTH} levels, each level's records fetched
 * concurrently.
 */
final class SpfIncludeSearch {

  static final int MAX_DEPTH = 4;

  private final Lookups lookups;

  @Inject
  SpfIncludeSearch(Lookups lookups) {
    this.lookups = lookups;
  }

  CompletableFuture<Boolean> authorises(CheckContext context, String record, List<String> wanted) {
    Set<String> targets =
        wanted.stream().map(SpfIncludeSearch::normalise).collect(Collectors.toSet());
    return search(context, List.of(record), targets, 0);
  }

  private CompletableFuture<Boolean> search(
      CheckContext context, List<String> records, Set<String> wanted, int depth) {
    List<String> next = new ArrayList<>();
    for (String record : records) {
      for (String target : referencedDomains(record)) {
        if (wanted.contains(target)) {
          return CompletableFuture.completedFuture(true);
        }
        next.add(target);
      }
    }
    if (next.isEmpty() || depth >= MAX_DEPTH) {
      return CompletableFuture.completedFuture(false);
    }
    List<CompletableFuture<List<String>>> fetched =
        next.stream().distinct().map(name -> spfOf(context, name)).toList();
    return CompletableFuture.allOf(fetched.toArray(CompletableFuture[]::new))
        .thenCompose(
            done ->
                search(
                    context,
                    fetched.stream().flatMap(f -> f.join().stream()).toList(),
                    wanted,
                    depth + 1));
  }

  private CompletableFuture<List<String>> spfOf(CheckContext context, String name) {
    return lookups
        .resolve(context, name + ".", RecordType.TXT)
        .thenApply(answer -> TxtRecords.withVersion(answer, SpfCheck.VERSION));
  }

  /** The domains of the {@code include:} and {@code redirect=} terms, without macros. */
  static List<String> referencedDomains(String record) {
    List<String> domains = new ArrayList<>();
    for (String term : record.trim().split("\\s+")) {
      String lower = term.toLowerCase(Locale.ROOT);
      String stripped =
          lower.isEmpty() || "+-~?".indexOf(lower.charAt(0)) < 0 ? lower : lower.substring(1);
      String domain = null;
      if (stripped.startsWith("include:")) {
        domain = stripped.substring("include:".length());
      } else if (lower.startsWith("redirect=")) {
        domain = lower.substring("redirect=".length());
      }
      if (domain != null && !domain.isEmpty() && !domain.contains("%")) {
        domains.add(normalise(domain));
      }
    }
    return domains;
  }

  private static String normalise(String domain) {
    String lower = domain.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
