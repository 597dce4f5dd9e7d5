package dev.mxbot.dns;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Binds the DNS port to its dnsjava implementation, one per process. */
public final class DnsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(Dns.class).to(DnsjavaDns.class).in(Singleton.class);
  }
}
