package dev.mxbot.fuzz;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings to throw at the parsers: any characters at all, pieces of the grammars the parsers know
 * (domains, URLs, SPF terms, DMARC tags, /mx options) glued in any order, and the hostile pieces a
 * chat bot meets (mention syntax, bidi overrides, zero-width characters, control bytes, very long
 * runs). Shared by the property tests of each parser.
 */
public final class HostileStrings {

  /**
   * Hang guard for each parser call, whatever the input: a parser that loops or backtracks
   * catastrophically never returns; a slow machine must not fail the test. Not a speed bound.
   */
  public static final Duration BOUND = Duration.ofSeconds(20);

  private static final List<String> PIECES =
      List.of(
          "example.com",
          "caffè.it",
          "xn--caff-8oa",
          "xn--",
          "例え。テスト",
          "ｅｘａｍｐｌｅ",
          ".",
          "..",
          "-",
          "@",
          "user@",
          "mailto:",
          "http://",
          "https://",
          "<",
          ">",
          "|",
          "/",
          ":",
          "?",
          "#",
          "[",
          "]",
          "`",
          "\"",
          "'",
          ",",
          ";",
          "=",
          " ",
          "\t",
          "\n",
          "%",
          "%{d}",
          "%{ir}.",
          "%{l1r+-}",
          "%%",
          "%_",
          "%-",
          "v=spf1",
          "include:",
          "redirect=",
          "exp=",
          "ip4:",
          "ip6:",
          "a",
          "mx",
          "ptr",
          "exists:",
          "all",
          "-all",
          "~all",
          "?all",
          "+",
          "/24",
          "/33",
          "//64",
          "192.0.2.1",
          "::1",
          "2001:db8::",
          "1.2.3",
          "v=DMARC1",
          "p=",
          "reject",
          "none",
          "quarantine",
          "sp=",
          "rua=",
          "pct=",
          "fo=",
          "t=y",
          "dkim=",
          "lang=",
          "share",
          "DKIM=",
          "lang=it",
          "1.2.3.4",
          "in-addr.arpa",
          "ip6.arpa",
          "local",
          "<!channel>",
          "<!here>",
          "@everyone",
          "<@U123>",
          "<#C1>",
          "[x](http://evil)",
          "```",
          "||spoiler||",
          "\u202e",
          "\u2066",
          "\u200b",
          "\ufeff",
          "\u0000",
          "\u0007",
          "\u001b[31m",
          "\ud83d\ude00",
          "\ud800",
          "ß",
          "ς",
          "İ",
          "\u0130",
          "\u00ad",
          "\u3002",
          "\uff0e",
          "\uff61",
          "é",
          "e\u0301");

  private HostileStrings() {}

  /** Any of: arbitrary characters, grammar pieces glued together, or a long run of one piece. */
  public static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(300)),
        net.jqwik.api.Tuple.of(6, pieces(60)),
        net.jqwik.api.Tuple.of(1, longRuns()));
  }

  /** Grammar and hostile pieces glued together, up to {@code max} of them. */
  public static Arbitrary<String> pieces(int max) {
    return Arbitraries.of(PIECES).list().ofMaxSize(max).map(l -> String.join("", l));
  }

  /** One piece repeated up to 10,000 times, possibly with a prefix. */
  private static Arbitrary<String> longRuns() {
    return Arbitraries.of(PIECES)
        .flatMap(
            piece ->
                Arbitraries.integers()
                    .between(1, 10_000)
                    .flatMap(n -> pieces(3).map(prefix -> prefix + piece.repeat(n))));
  }
}
