package dev.mxbot.ops;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.mxbot.chat.CommandEvents;
import dev.mxbot.dns.Dns;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Wires operations for {@code serve}: one Prometheus registry, the metered {@link CommandEvents}
 * and the metered {@link Dns} in place of the defaults (which stay no-op and plain dnsjava for
 * {@code check}, {@code console} and tests). Only wiring: the listener opens in {@link
 * OpsServer#start}.
 */
public final class OpsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(MeterRegistry.class).to(PrometheusMeterRegistry.class);
    bind(MeteredCommandEvents.class).in(Singleton.class);
    bind(MeteredDns.class).in(Singleton.class);
    bind(OpsServer.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), CommandEvents.class)
        .setBinding()
        .to(MeteredCommandEvents.class);
    OptionalBinder.newOptionalBinder(binder(), Dns.class).setBinding().to(MeteredDns.class);
  }

  @Provides
  @Singleton
  PrometheusMeterRegistry registry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }
}
