package dev.mxbot.dns;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

/**
 * Binds the DNS port to its dnsjava implementation, one per process. The binding is a default: a
 * module that decorates the port (metrics, when serving) sets its own and wraps {@link DnsjavaDns}.
 */
public final class DnsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(DnsjavaDns.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), Dns.class).setDefault().to(DnsjavaDns.class);
  }
}
