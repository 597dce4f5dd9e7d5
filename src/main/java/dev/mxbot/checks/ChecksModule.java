package dev.mxbot.checks;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.core.Check;

/** Binds every check of the diagnosis. One line per check. */
public final class ChecksModule extends AbstractModule {

  /**
   * Name of the binding of a {@code Duration}: how soon before the zone's DNSSEC signatures expire
   * the DNSSEC check warns ({@code dnssec.signatureExpiryWarning}).
   */
  public static final String SIGNATURE_EXPIRY_WARNING = "dnssec.signatureExpiryWarning";

  @Override
  protected void configure() {
    Multibinder<Check> checks = Multibinder.newSetBinder(binder(), Check.class);
    checks.addBinding().to(DomainCheck.class);
    checks.addBinding().to(ZoneHostCheck.class);
    checks.addBinding().to(MxCheck.class);
    checks.addBinding().to(MxTargetsCheck.class);
    checks.addBinding().to(SpfCheck.class);
    checks.addBinding().to(DmarcCheck.class);
    checks.addBinding().to(DmarcReportCheck.class);
    checks.addBinding().to(DkimCheck.class);
    checks.addBinding().to(TlsRptCheck.class);
    checks.addBinding().to(BimiCheck.class);
    checks.addBinding().to(AutoconfigCheck.class);
    checks.addBinding().to(NameserverSetCheck.class);
    checks.addBinding().to(LameDelegationCheck.class);
    checks.addBinding().to(NameserverTransportCheck.class);
    checks.addBinding().to(ParentDelegationCheck.class);
    checks.addBinding().to(ZoneConsistencyCheck.class);
    checks.addBinding().to(PropagationCheck.class);
    checks.addBinding().to(DnssecCheck.class);
    checks.addBinding().to(MtaStsCheck.class);
    checks.addBinding().to(DaneCheck.class);
    checks.addBinding().to(SmtpCheck.class);
    // Port 443 and the JVM's trust store unless the application binds the configured values.
    OptionalBinder.newOptionalBinder(binder(), MtaStsSettings.class)
        .setDefault()
        .toInstance(MtaStsSettings.DEFAULTS);
    // The SMTP probe is off unless the application binds the configured values.
    OptionalBinder.newOptionalBinder(binder(), SmtpSettings.class)
        .setDefault()
        .toInstance(SmtpSettings.OFF);
  }
}
