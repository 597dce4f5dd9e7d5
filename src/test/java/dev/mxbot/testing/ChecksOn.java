package dev.mxbot.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
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
    return injector(dns, deadline).getInstance(Diagnosis.class);
  }

  /** The same wiring as an injector, with {@code extra} bindings (e.g. optional settings). */
  public static Injector injector(Dns dns, Duration deadline, Module... extra) {
    return Guice.createInjector(
        Modules.combine(
            Modules.combine(extra),
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
            }));
  }
}
