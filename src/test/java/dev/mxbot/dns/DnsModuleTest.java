package dev.mxbot.dns;

import static dev.mxbot.dns.TestZones.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import dev.mxbot.dns.DnsAnswer.Status;
import dev.mxbot.dns.server.ZoneServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The DNS client as Guice builds it")
class DnsModuleTest {

  private static final InetSocketAddress CONFIGURED =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 5301);
  private static final InetSocketAddress SYSTEM =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 5302);

  /** An injector with these settings and a system resolver list that counts its readings. */
  private static Injector injector(DnsSettings settings, AtomicInteger systemAsked) {
    return Guice.createInjector(
        new DnsModule(),
        binder -> {
          binder.bind(DnsSettings.class).toInstance(settings);
          OptionalBinder.newOptionalBinder(binder, SystemResolvers.class)
              .setBinding()
              .toInstance(
                  () -> {
                    systemAsked.incrementAndGet();
                    return List.of(SYSTEM);
                  });
        });
  }

  private static ExecutorService replies(Injector injector) {
    return (ExecutorService)
        injector.getInstance(Key.get(Executor.class, Names.named(DnsjavaDns.REPLIES)));
  }

  @Test
  @DisplayName("the configured resolvers win: the system's are not even read")
  void configuredWin() {
    AtomicInteger systemAsked = new AtomicInteger();
    Injector injector = injector(DnsSettings.using(List.of(CONFIGURED)), systemAsked);

    Dns dns = injector.getInstance(Dns.class);

    assertThat(dns.resolverNames()).containsExactly("127.0.0.1:5301");
    assertThat(systemAsked).hasValue(0);
    replies(injector).shutdown();
  }

  @Test
  @DisplayName("with none configured, the system's resolvers are asked, read once")
  void systemOtherwise() {
    AtomicInteger systemAsked = new AtomicInteger();
    Injector injector = injector(DnsSettings.using(List.of()), systemAsked);

    Dns dns = injector.getInstance(Dns.class);

    assertThat(dns.resolverNames()).containsExactly("127.0.0.1:5302");
    assertThat(injector.getInstance(Dns.class)).isSameAs(dns);
    assertThat(systemAsked).hasValue(1);
    replies(injector).shutdown();
  }

  @Test
  @DisplayName("a built client answers on the given reply threads and, closed, leaves them running")
  void givenReplyThreads() throws Exception {
    try (ZoneServer server = TestZones.server().start()) {
      Injector injector =
          injector(DnsSettings.using(List.of(server.socketAddress())), new AtomicInteger());
      DnsjavaDns dns = injector.getInstance(DnsjavaDns.class);
      ExecutorService replies = replies(injector);

      assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(5)).join().status())
          .isEqualTo(Status.OK);
      dns.close();

      assertThat(dns.resolve("example.test", RecordType.MX, inSeconds(5)).join().status())
          .as("refused once closed")
          .isEqualTo(Status.FAILED);
      assertThat(replies.isShutdown()).as("not the client's to stop").isFalse();
      replies.shutdown();
    }
  }
}
