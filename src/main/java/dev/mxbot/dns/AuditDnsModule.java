package dev.mxbot.dns;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.inject.Named;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The DNS of {@code mxbot audit}, in place of {@link DnsModule}'s default: answers reused across
 * domains up to their TTL ({@link CachingDns}), and {@code dns.maxInFlightPerServer} held per
 * resolver as well as per nameserver, since an audit runs diagnoses back to back for a long time.
 */
public final class AuditDnsModule extends AbstractModule {

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), Dns.class).setBinding().to(CachingDns.class);
  }

  /** Its own client (resolvers limited too), on the application's resolvers and reply threads. */
  @Provides
  @Singleton
  CachingDns cachingDns(
      DnsSettings settings,
      @Named(DnsjavaDns.RESOLVERS) List<InetSocketAddress> resolvers,
      @Named(DnsjavaDns.REPLIES) Executor replies) {
    return new CachingDns(
        new DnsjavaDns(settings.withResolversLimited(true), resolvers, replies), Clock.systemUTC());
  }
}
