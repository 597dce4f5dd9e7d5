package dev.mxbot.dns;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.inject.Named;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Binds the DNS port to its dnsjava implementation, one per process. The binding is a default: a
 * module that decorates the port (metrics, when serving) sets its own and wraps {@link DnsjavaDns}.
 * Also binds what the client is given rather than finds itself: the resolvers to ask (the
 * configured ones, else the {@link SystemResolvers}, a default a test may replace) and the reply
 * threads, an executor the application's lifecycle shuts down after the client is closed.
 */
public final class DnsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(DnsjavaDns.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), Dns.class).setDefault().to(DnsjavaDns.class);
    OptionalBinder.newOptionalBinder(binder(), SystemResolvers.class)
        .setDefault()
        .toInstance(SystemResolvers.operatingSystem());
  }

  /** The configured resolvers win; the system's are read only when none is configured. */
  @Provides
  @Singleton
  @Named(DnsjavaDns.RESOLVERS)
  List<InetSocketAddress> resolvers(DnsSettings settings, SystemResolvers system) {
    return DnsjavaDns.resolvers(settings, system);
  }

  @Provides
  @Singleton
  @Named(DnsjavaDns.REPLIES)
  Executor replies() {
    return DnsjavaDns.replyExecutor();
  }
}
