package dev.mxbot.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.name.Names;
import dev.mxbot.checks.ChecksModule;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.PublicSuffixes;
import dev.mxbot.dns.Dns;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Every check of the product, wired by Guice as the application wires them, on a DNS client the
 * test built (its own resolvers and authoritative port): for scenario tests that need the whole
 * diagnosis without the rest of the application.
 */
public final class ChecksOn {

  private ChecksOn() {}

  /** The diagnosis of every check on {@code dns}, with {@code deadline} per report. */
  public static Diagnosis diagnosis(Dns dns, Duration deadline) {
    return Guice.createInjector(
            new ChecksModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Dns.class).toInstance(dns);
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(ProviderCatalog.class)
                    .toInstance(ProviderCatalog.load(Path.of("bot-config", "providers")));
                bind(PublicSuffixes.class).to(GuavaPublicSuffixes.class);
                bind(Duration.class)
                    .annotatedWith(Names.named(Diagnosis.DEADLINE))
                    .toInstance(deadline);
                bind(Duration.class)
                    .annotatedWith(Names.named(ChecksModule.SIGNATURE_EXPIRY_WARNING))
                    .toInstance(Duration.ofHours(12));
              }
            })
        .getInstance(Diagnosis.class);
  }
}
