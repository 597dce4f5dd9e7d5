package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The checks' way to ask DNS: every question goes through the report's memo, so two checks asking
 * the same name and type share one query, and a question that times out or fails is noted once as
 * unanswered. Safe for concurrent use.
 */
final class Lookups {

  private final Dns dns;

  @Inject
  Lookups(Dns dns) {
    this.dns = dns;
  }

  /** Asks the recursive resolvers about {@code name} (absolute), once per report. */
  CompletableFuture<DnsAnswer> resolve(CheckContext context, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return context.memo(question, () -> ask(context, question));
  }

  /**
   * Asks the recursive resolvers with DNSSEC checking disabled (CD), once per report: tells a
   * DNSSEC failure from a broken server.
   */
  CompletableFuture<DnsAnswer> resolveUnchecked(
      CheckContext context, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return context.memo(
        new Unchecked(question),
        () -> dns.resolveUnchecked(question.name(), question.type(), context.deadline()));
  }

  /**
   * Asks one authoritative server directly, once per report. A timeout is noted as unanswered with
   * the server's address.
   */
  CompletableFuture<DnsAnswer> askServer(
      CheckContext context, InetAddress server, String name, RecordType type) {
    Question question = new Question(name.toLowerCase(Locale.ROOT), type);
    return context.memo(
        new Direct(server, question),
        () ->
            dns.ask(server, question.name(), question.type(), context.deadline())
                .thenApply(
                    answer -> {
                      if (answer.status() == DnsAnswer.Status.TIMEOUT) {
                        context.noteUnanswered(
                            question.type()
                                + " "
                                + Hosts.relative(question.name())
                                + " @"
                                + server.getHostAddress());
                      }
                      return answer;
                    }));
  }

  private CompletableFuture<DnsAnswer> ask(CheckContext context, Question question) {
    return dns.resolve(question.name(), question.type(), context.deadline())
        .thenApply(
            answer -> {
              if (answer.status() == DnsAnswer.Status.TIMEOUT) {
                context.noteUnanswered(question.type() + " " + Hosts.relative(question.name()));
              } else if (answer.isUnanswered()) {
                context.noteUnanswered(failedLookup(question, answer));
              } else if (answer.isOk()) {
                context.noteTtl(answer.minTtl());
              }
              return answer;
            });
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

  private record Question(String name, RecordType type) {}

  private record Unchecked(Question question) {}

  private record Direct(InetAddress server, Question question) {}
}
