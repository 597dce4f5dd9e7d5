package dev.mxbot.checks;

import dev.mxbot.checks.spf.SpfSyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a domain's SPF tree adds up to against the limits of RFC 7208 §4.6.4. Pure summary of a
 * {@link SpfNode} tree; duplicates (the same include reached twice) count twice in {@code lookups}
 * and {@code voidLookups}, as a receiver would count them, but are listed once.
 *
 * @param lookups the DNS-querying terms, counted recursively (at least this many when truncated)
 * @param heaviest the domain's own term costing the most lookups, with its subtree, when any
 * @param voidLookups the lookups that found nothing
 * @param voidNames the names of those lookups, once each
 * @param missing include/redirect steps whose target has no SPF record or several, or a CNAME chain
 *     that loops or is too long
 * @param loops include/redirect chains coming back to a domain already on the path
 * @param malformed included records with a syntax error, by domain
 * @param crowdedMx {@code mx} steps with more than 10 MX names, once per target
 * @param followed every include/redirect target named in the tree (without macros)
 * @param truncated true when an include or redirect was not followed because the evaluation stopped
 *     at a limit: what it leads to is unknown, so {@code lookups} is a minimum
 * @param complete true when every lookup was answered and none was left out
 */
record SpfEvaluation(
    int lookups,
    Optional<SpfStep> heaviest,
    int voidLookups,
    List<String> voidNames,
    List<SpfStep> missing,
    List<String> loops,
    Map<String, SpfSyntaxError> malformed,
    List<SpfStep> crowdedMx,
    Set<String> followed,
    boolean truncated,
    boolean complete) {

  static final int MAX_LOOKUPS = 10;
  static final int MAX_VOID_LOOKUPS = 2;
  static final int MAX_MX_NAMES = 10;

  static SpfEvaluation of(SpfNode root) {
    Walk walk = new Walk();
    walk.visit(root, List.of(root.domain()));
    Optional<SpfStep> heaviest =
        root.steps().stream().max((a, b) -> Integer.compare(SpfNode.weight(a), SpfNode.weight(b)));
    return new SpfEvaluation(
        root.lookups(),
        heaviest,
        walk.voids,
        List.copyOf(walk.voidNames),
        List.copyOf(walk.missing.values()),
        List.copyOf(walk.loops),
        Map.copyOf(walk.malformed),
        List.copyOf(walk.crowdedMx.values()),
        Set.copyOf(walk.followed),
        walk.truncated,
        walk.complete);
  }

  /** True when a receiver returns permerror because of a limit: lookups, void lookups, MX names. */
  boolean overLimits() {
    return lookups > MAX_LOOKUPS || voidLookups > MAX_VOID_LOOKUPS || !crowdedMx.isEmpty();
  }

  /** The lookups of the heaviest term, 0 when there is none. */
  int heaviestCount() {
    return heaviest.map(SpfNode::weight).orElse(0);
  }

  private static final class Walk {
    int voids;
    final Set<String> voidNames = new LinkedHashSet<>();
    final Map<String, SpfStep> missing = new LinkedHashMap<>();
    final Set<String> loops = new LinkedHashSet<>();
    final Map<String, SpfSyntaxError> malformed = new LinkedHashMap<>();
    final Map<String, SpfStep> crowdedMx = new LinkedHashMap<>();
    final Set<String> followed = new LinkedHashSet<>();
    boolean truncated;
    boolean complete = true;

    void visit(SpfNode node, List<String> path) {
      if (node.parsed() instanceof SpfSyntaxError error) {
        malformed.putIfAbsent(node.domain(), error);
      }
      for (SpfStep step : node.steps()) {
        if (step.isVoid()) {
          voids++;
          voidNames.add(step.target());
        }
        if (step.follows() && step.outcome() != SpfStep.Outcome.MACRO) {
          followed.add(step.target());
        }
        switch (step.outcome()) {
          case NO_RECORD, BROKEN_CHAIN -> missing.putIfAbsent(step.target(), step);
          case LOOP -> loops.add(String.join(" → ", path) + " → " + step.target());
          case UNANSWERED -> complete = false;
          case NOT_FOLLOWED -> {
            truncated |= step.follows();
            complete = false;
          }
          case RESOLVED -> {
            if (step.name().equals("mx") && step.count() > MAX_MX_NAMES) {
              crowdedMx.putIfAbsent(step.target(), step);
            }
          }
          default -> {}
        }
        step.child().ifPresent(child -> visit(child, append(path, child.domain())));
      }
    }

    private static List<String> append(List<String> path, String domain) {
      List<String> longer = new ArrayList<>(path);
      longer.add(domain);
      return longer;
    }
  }
}
