package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SignedAnswer;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The checks' way to ask DNS: every question goes through the report's memo, so two checks asking
 * the same name and type share one query, and a question that times out or fails is noted once as
 * unanswered. A resolver answer that failed or came too late also marks the area of every check
 * that asked for it unchecked (each asker's own view): what a check needs and could not learn is
 * never silently "none". Answers of nameservers asked directly do not: they are findings about the
 * nameservers. A failure that the zone's own broken CNAME chain explains (a loop, a chain too long:
 * {@link AliasChains}) is not noted as unanswered: asking again would not change it. Safe for
 * concurrent use.
 */
final class Lookups {

  private final Dns dns;

  Lookups(Dns dns) {
    this.dns = dns;
  }

  /**
   * Most DNS questions one report may send. A hostile zone (hundreds of MX hosts, nameservers with
   * many addresses) cannot turn mxbot into a flood: past the budget, questions are not sent and the
   * report says so. With the chat executor's bound on diagnoses running at once, this also bounds
   * mxbot's outbound DNS rate as a whole.
   */
  static final int QUERY_BUDGET = 1500;

  /**
   * Whether a server at {@code address}, learned from DNS data, may be asked directly: not a
   * special-purpose address, unless the configuration allows them.
   */
  boolean mayAsk(InetAddress address) {
    return dns.mayAsk(address);
  }

  /** The recursive resolvers asked, as {@code host:port}, for findings that name them. */
  List<String> resolvers() {
    return dns.resolverNames();
  }

  /** Asks the recursive resolvers about {@code name} (absolute), once per report. */
  CompletableFuture<DnsAnswer> resolve(CheckContext context, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return needed(
        context,
        context.memo(
            question, () -> withinBudget(context, question, () -> ask(context, question))));
  }

  /** The answer, after marking the asker's area unchecked when it failed or came too late. */
  private static CompletableFuture<DnsAnswer> needed(
      CheckContext context, CompletableFuture<DnsAnswer> answer) {
    return answer.thenApply(
        a -> {
          if (a.isUnanswered()) {
            context.markUnchecked();
          }
          return a;
        });
  }

  /** Runs {@code send} if the report's budget allows one more question, else fails it at once. */
  private static CompletableFuture<DnsAnswer> withinBudget(
      CheckContext context, Question question, Supplier<CompletableFuture<DnsAnswer>> send) {
    if (context.countQuestion() > QUERY_BUDGET) {
      context.noteUnanswered("(" + QUERY_BUDGET + "+ DNS questions: the rest were not sent)");
      return CompletableFuture.completedFuture(DnsAnswer.failed(question.name(), question.type()));
    }
    return send.get();
  }

  /**
   * Asks the recursive resolvers with DNSSEC checking disabled (CD), once per report: tells a
   * DNSSEC failure from a broken server.
   */
  CompletableFuture<DnsAnswer> resolveUnchecked(
      CheckContext context, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return needed(
        context,
        once(
            context,
            new Unchecked(question),
            question,
            question + " (CD)",
            () -> dns.resolveUnchecked(question.name(), question.type(), context.deadline())));
  }

  /**
   * Asks the recursive resolvers with DO and CD, once per report: the answer with the RRSIGs over
   * it, for the DNSSEC check to verify itself. A failure is noted as unanswered but does not mark
   * the area unchecked: the DNSSEC check says what it could not read.
   */
  CompletableFuture<SignedAnswer> resolveSigned(
      CheckContext context, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return context.memo(
        new Signed(question),
        () -> {
          if (context.countQuestion() > QUERY_BUDGET) {
            context.noteUnanswered("(" + QUERY_BUDGET + "+ DNS questions: the rest were not sent)");
            return CompletableFuture.completedFuture(
                SignedAnswer.unsigned(DnsAnswer.failed(question.name(), type)));
          }
          String label = question + " (DO)";
          context.noteAsking(label);
          return dns.resolveSigned(question.name(), type, context.deadline())
              .whenComplete((a, e) -> context.noteAnswered(label))
              .thenApply(
                  signed -> {
                    if (signed.answer().status() == DnsAnswer.Status.TIMEOUT) {
                      context.noteUnanswered(label);
                    } else if (signed.answer().isUnanswered()) {
                      context.noteUnanswered(failedLookup(question, signed.answer()));
                    }
                    return signed;
                  });
        });
  }

  /**
   * Sends a question once per report (by {@code key}), within the report's budget, named {@code
   * label} as awaited while it is in flight.
   */
  private static CompletableFuture<DnsAnswer> once(
      CheckContext context,
      Object key,
      Question question,
      String label,
      Supplier<CompletableFuture<DnsAnswer>> send) {
    return context.memo(
        key, () -> withinBudget(context, question, () -> awaited(context, label, send.get())));
  }

  /** Names {@code what} as awaited until {@code answer} completes. */
  private static CompletableFuture<DnsAnswer> awaited(
      CheckContext context, String what, CompletableFuture<DnsAnswer> answer) {
    context.noteAsking(what);
    return answer.whenComplete((a, e) -> context.noteAnswered(what));
  }

  /**
   * Asks one authoritative server directly, once per report. A timeout is noted as unanswered with
   * the server's address.
   */
  CompletableFuture<DnsAnswer> askServer(
      CheckContext context, InetAddress server, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    if (!dns.mayAsk(server)) {
      // Never sent: a special-purpose address learned from DNS data (the checks say so).
      return CompletableFuture.completedFuture(DnsAnswer.failed(question.name(), type));
    }
    return once(
            context,
            new Direct(server, question),
            question,
            question + " @" + server.getHostAddress(),
            () -> dns.ask(server, question.name(), question.type(), context.deadline()))
        .thenApply(
            answer -> {
              if (answer.status() == DnsAnswer.Status.TIMEOUT) {
                context.noteUnanswered(question + " @" + server.getHostAddress());
              }
              return answer;
            });
  }

  /**
   * Asks one authoritative server directly over exactly one transport ({@link Dns#probe}), once per
   * report, within the budget. Notes nothing: what a failure over one transport means is the asking
   * check's to say.
   */
  CompletableFuture<DnsAnswer> probeServer(
      CheckContext context,
      InetAddress server,
      String name,
      RecordType type,
      Dns.Transport transport) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    if (!dns.mayAsk(server)) {
      return CompletableFuture.completedFuture(DnsAnswer.failed(question.name(), type));
    }
    return once(
        context,
        new Probe(server, question, transport),
        question,
        probeLabel(question.name(), type, server, transport),
        () -> dns.probe(server, question.name(), question.type(), transport, context.deadline()));
  }

  /** E.g. {@code SOA example.it @192.0.2.1 over tcp}, for the report's "not checked" notes. */
  static String probeLabel(
      String name, RecordType type, InetAddress server, Dns.Transport transport) {
    return new Question(name.toLowerCase(Locale.ROOT), type)
        + " @"
        + server.getHostAddress()
        + " over "
        + transport.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private CompletableFuture<DnsAnswer> ask(CheckContext context, Question question) {
    return awaited(
            context,
            question.toString(),
            dns.resolve(question.name(), question.type(), context.deadline()))
        .thenCompose(
            answer ->
                AliasChains.worthFollowing(answer)
                    ? aliasChain(context, question.name())
                        .thenApply(chain -> noted(context, question, answer, chain.broken()))
                    : CompletableFuture.completedFuture(noted(context, question, answer, false)));
  }

  /**
   * Notes what the answer means for the report; a failure the zone's broken CNAME chain explains is
   * not "unanswered": asking again would not change it.
   */
  private static DnsAnswer noted(
      CheckContext context, Question question, DnsAnswer answer, boolean brokenChain) {
    if (answer.status() == DnsAnswer.Status.TIMEOUT) {
      context.noteUnanswered(question.toString());
    } else if (answer.isUnanswered() && !brokenChain) {
      context.noteUnanswered(failedLookup(question, answer));
    } else if (answer.isOk()) {
      context.noteTtl(answer.minTtl());
    }
    return answer;
  }

  /**
   * Where the CNAME chain of {@code name} leads, followed hop by hop ({@link AliasChains#follow}),
   * once per report. Its CNAME questions mark and note nothing: the question that needed them does.
   */
  CompletableFuture<AliasChain> aliasChain(CheckContext context, String name) {
    String absolute = Hosts.absolute(name);
    return context.memo(
        new ChainOf(absolute), () -> AliasChains.follow(absolute, hop -> askCname(context, hop)));
  }

  private CompletableFuture<DnsAnswer> askCname(CheckContext context, String name) {
    Question question = new Question(name, RecordType.CNAME);
    return once(
        context,
        new Hop(question),
        question,
        question.toString(),
        () -> dns.resolve(name, RecordType.CNAME, context.deadline()));
  }

  /**
   * A lookup the resolver failed (SERVFAIL, REFUSED, an unreadable or looping answer): checks claim
   * nothing from it, so the report must say it was not checked, and why: {@code TXT
   * _dmarc.example.it (servfail)}.
   */
  private static String failedLookup(Question question, DnsAnswer answer) {
    return question.type()
        + " "
        + Hosts.relative(question.name())
        + " ("
        + answer.status().name().toLowerCase(Locale.ROOT)
        + ")";
  }

  // The memo keys below write equals and hashCode by hand (see the dev.mxbot.core package).
  private record Question(String name, RecordType type) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Question o && Objects.equals(name, o.name) && type == o.type;
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(name) + Objects.hashCode(type);
    }

    /** E.g. {@code MX example.it}. */
    @Override
    public String toString() {
      return type + " " + Hosts.relative(name);
    }
  }

  private record Unchecked(Question question) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Unchecked o && Objects.equals(question, o.question);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(question);
    }
  }

  private record Signed(Question question) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Signed o && Objects.equals(question, o.question);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(question);
    }
  }

  private record Direct(InetAddress server, Question question) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Direct o
          && Objects.equals(server, o.server)
          && Objects.equals(question, o.question);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(server) + Objects.hashCode(question);
    }
  }

  private record Probe(InetAddress server, Question question, Dns.Transport transport) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Probe o
          && Objects.equals(server, o.server)
          && Objects.equals(question, o.question)
          && transport == o.transport;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Objects.hashCode(server) + Objects.hashCode(question))
          + Objects.hashCode(transport);
    }
  }

  /** The chain followed from a name. */
  private record ChainOf(String name) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ChainOf o && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(name);
    }
  }

  /** One CNAME question of a chain, apart from the same question asked by a check. */
  private record Hop(Question question) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Hop o && Objects.equals(question, o.question);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(question);
    }
  }
}
