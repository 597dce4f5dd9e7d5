package dev.mxbot.checks;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.core.Check;
import dev.mxbot.dns.Dns;
import dev.mxbot.providers.ProviderCatalog;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Binds the checks of the diagnosis: the set {@link StandardChecks} builds, on the injector's
 * {@link Dns}, provider catalog and clock, with the MTA-STS and SMTP settings the application binds
 * (defaults otherwise).
 */
public final class ChecksModule extends AbstractModule {

  /**
   * Name of the binding of a {@code Duration}: how soon before the zone's DNSSEC signatures expire
   * the DNSSEC check warns ({@code dnssec.signatureExpiryWarning}).
   */
  public static final String SIGNATURE_EXPIRY_WARNING = "dnssec.signatureExpiryWarning";

  @Override
  protected void configure() {
    // Port 443 and the JVM's trust store unless the application binds the configured values.
    OptionalBinder.newOptionalBinder(binder(), MtaStsSettings.class)
        .setDefault()
        .toInstance(MtaStsSettings.DEFAULTS);
    // The SMTP probe is off unless the application binds the configured values.
    OptionalBinder.newOptionalBinder(binder(), SmtpSettings.class)
        .setDefault()
        .toInstance(SmtpSettings.OFF);
  }

  /** Every check ({@link StandardChecks}), one set per injector. */
  @Provides
  @Singleton
  Set<Check> checks(
      Dns dns,
      ProviderCatalog catalog,
      Clock clock,
      @Named(SIGNATURE_EXPIRY_WARNING) Duration signatureExpiryWarning,
      MtaStsSettings mtaSts,
      SmtpSettings smtp) {
    return StandardChecks.create(dns, catalog, clock, signatureExpiryWarning, mtaSts, smtp);
  }
}
