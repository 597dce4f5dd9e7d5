package dev.mxbot.checks;

import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/** Does the name exist at all, and does the resolver answer for it? */
final class DomainCheck implements Check {

  private final MailFacts mail;

  @Inject
  DomainCheck(MailFacts mail) {
    this.mail = mail;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    String domain = context.domain().unicode();
    return mail.mxAnswer(context)
        .thenAccept(
            answer -> {
              switch (answer.status()) {
                case NXDOMAIN ->
                    context.add(Finding.of(FindingCode.DOMAIN_NOT_FOUND, "domain", domain));
                case SERVFAIL, REFUSED, FAILED ->
                    context.add(
                        Finding.of(
                            FindingCode.DOMAIN_LOOKUP_FAILED,
                            "domain",
                            domain,
                            "status",
                            answer.status().name().toUpperCase(Locale.ROOT)));
                case OK, NODATA, TIMEOUT -> {}
              }
            });
  }
}
