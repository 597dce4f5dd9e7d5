package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * A check read without picocli ({@link CheckLine}) is the very check picocli reads: on generated
 * command lines, whenever the quick reading takes one, picocli takes it too, with every option and
 * input the same; and the ways scripts and the launcher write a check are taken.
 */
@Label("a check command line read without picocli")
class CheckLineTest {

  /** Options of check, options it does not have, and forms picocli reads its own way. */
  private static final List<String> OPTIONS =
      List.of(
          "--json",
          "--record",
          "--allow-private-addresses",
          "--config",
          "--locale",
          "--reply",
          "--authoritative-port",
          "--timeout",
          "--dkim",
          "--resolver",
          "--help",
          "-h",
          "-V",
          "--version",
          "--",
          "--json=true",
          "--config=bot-config",
          "--unknown",
          "-x");

  /** Values and inputs, plain and awkward. */
  private static final List<String> VALUES =
      List.of(
          "example.it",
          "postmaster@example.it",
          "https://example.it/x",
          "bot-config",
          "/tmp/a b",
          "127.0.0.1:5353",
          "en",
          "s1",
          "53",
          "053",
          "0",
          "65536",
          "99999999999",
          "1.5",
          "2.",
          ".5",
          "NaN",
          "1e3",
          "0x35",
          "",
          " ",
          "-1",
          "@args.txt",
          "check",
          "help",
          "a\u0000b");

  @Property(tries = 3000)
  @Label("whenever it takes a command line, picocli reads the same check from it")
  void sameAsPicocli(@ForAll("anyLines") List<String> tail) {
    String[] args = line(tail);
    CheckLine.read(args).ifPresent(quick -> assertThat(picocli(args)).isEqualTo(stateOf(quick)));
  }

  @Property(tries = 1000)
  @Label("it takes every check written as scripts and the launcher write one")
  void takesTheUsualLines(@ForAll("usualLines") List<String> tail) {
    String[] args = line(tail);
    assertThat(CheckLine.read(args)).isPresent();
    assertThat(picocli(args)).isEqualTo(stateOf(CheckLine.read(args).orElseThrow()));
  }

  @Example
  @Label("the benchmark's and the demo's check is read without picocli")
  void theDemosCheck() {
    String[] args = {
      "check",
      "--allow-private-addresses",
      "--config",
      "bot-config",
      "--resolver",
      "127.0.0.10:5353",
      "--authoritative-port",
      "5353",
      "ovh-customer.it"
    };
    CheckCommand check = CheckLine.read(args).orElseThrow();
    assertThat(check.inputs).containsExactly("ovh-customer.it");
    assertThat(check.common.allowPrivateAddresses).isTrue();
    assertThat(check.common.authoritativePort).isEqualTo(5353);
    assertThat(stateOf(check)).isEqualTo(picocli(args));
  }

  @Example
  @Label("help, a missing input and unknown options are left to picocli")
  void leftToPicocli() {
    for (String[] args :
        List.of(
            new String[] {"check"},
            new String[] {"check", "--help"},
            new String[] {"check", "--json"},
            new String[] {"check", "--jsn", "example.it"},
            new String[] {"check", "--config", "a", "--config", "b", "example.it"},
            new String[] {"check", "--timeout", "NaN", "example.it"},
            new String[] {"--config", "bot-config", "check", "example.it"},
            new String[] {"check", "--", "-example.it"})) {
      assertThat(CheckLine.read(args)).as(String.join(" ", args)).isEmpty();
    }
  }

  /** Random tokens, usual lines with options repeated, and usual lines with one odd token. */
  @Provide
  Arbitrary<List<String>> anyLines() {
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(OPTIONS), Arbitraries.of(VALUES));
    Arbitrary<List<String>> spoilt =
        Combinators.combine(usualLines(true), token, Arbitraries.integers().between(0, 20))
            .as(
                (line, odd, at) -> {
                  List<String> copy = new ArrayList<>(line);
                  copy.add(Math.min(at, copy.size()), odd);
                  return copy;
                });
    return Arbitraries.oneOf(token.list().ofMaxSize(8), usualLines(false), spoilt);
  }

  @Provide
  Arbitrary<List<String>> usualLines() {
    return usualLines(true);
  }

  /** Lines as scripts write them; {@code once}: each single-valued option at most once. */
  private static Arbitrary<List<String>> usualLines(boolean once) {
    Arbitrary<List<String>> valued =
        Combinators.combine(
                Arbitraries.of("--dkim", "--resolver", "--locale", "--reply", "--config"),
                Arbitraries.of("example.it", "s1", "127.0.0.1:5353", "it", "bot-config"))
            .as(List::of);
    Arbitrary<List<String>> numbers =
        Arbitraries.oneOf(
            Arbitraries.of("53", "5353", "1").map(port -> List.of("--authoritative-port", port)),
            Arbitraries.of("3", "2.5", "600").map(seconds -> List.of("--timeout", seconds)));
    Arbitrary<List<String>> flag =
        Arbitraries.of("--json", "--record", "--allow-private-addresses").map(List::of);
    Arbitrary<List<String>> input =
        Arbitraries.of("example.it", "postmaster@example.it", "https://mail.example.it/")
            .map(List::of);
    return Combinators.combine(
            input, Arbitraries.oneOf(valued, flag, numbers, input).list().ofMaxSize(6))
        .as(
            (first, rest) -> {
              List<String> tail = new ArrayList<>(first);
              List<String> seenSingle = new ArrayList<>();
              for (List<String> part : rest) {
                String name = part.get(0);
                boolean single =
                    !name.equals("--dkim") && !name.equals("--resolver") && name.startsWith("--");
                if (once && single && seenSingle.contains(name)) {
                  continue; // picocli refuses a single-valued option given twice
                }
                seenSingle.add(name);
                tail.addAll(part);
              }
              return tail;
            });
  }

  private static String[] line(List<String> tail) {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(tail);
    return all.toArray(String[]::new);
  }

  /** What picocli reads from {@code args}, as {@code mxbot} sets it up: the check, or why not. */
  private static String picocli(String[] args) {
    Terminal terminal =
        new Terminal(
            new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter(), true));
    CommandLine commandLine = new CommandLine(new Main(terminal).spec(), terminal.factory());
    Subcommands.addTo(commandLine, args);
    ParseResult result;
    try {
      result = commandLine.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return "refused: " + e.getMessage();
    }
    if (!result.hasSubcommand()
        || result.subcommand().isUsageHelpRequested()
        || result.subcommand().isVersionHelpRequested()
        || !result.matchedOptions().isEmpty()) {
      return "not a plain check";
    }
    return stateOf((CheckCommand) result.subcommand().commandSpec().userObject());
  }

  /** Everything a check takes from its command line. */
  private static String stateOf(CheckCommand check) {
    CommonOptions common = check.common;
    return String.join(
        " | ",
        "inputs=" + check.inputs,
        "json=" + check.json,
        "dkim=" + check.dkim,
        "reply=" + check.reply,
        "record=" + check.record,
        "config=" + common.config,
        "resolvers=" + common.resolvers,
        "authoritativePort=" + common.authoritativePort,
        "allowPrivateAddresses=" + common.allowPrivateAddresses,
        "locale=" + common.locale,
        "timeoutSeconds=" + common.timeoutSeconds);
  }
}
