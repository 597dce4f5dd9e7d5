package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.dns.Dns;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.testing.DemoWorld;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One owner closes the application's closeable singletons")
class LifecycleTest {

  /** A closeable that writes its name to a shared log when closed. */
  private record Named(String name, List<String> log) implements AutoCloseable {
    @Override
    public void close() {
      log.add(name);
    }
  }

  @Test
  @DisplayName("closes what it recorded once, newest first")
  void reverseOrderOnce() {
    List<String> log = new ArrayList<>();
    Lifecycle lifecycle = new Lifecycle();
    Named first = new Named("first", log);
    lifecycle.record(first);
    lifecycle.record(new Named("second", log));
    lifecycle.record(first);
    lifecycle.record("not closeable");

    lifecycle.close();
    lifecycle.close();

    assertThat(log).containsExactly("second", "first");
  }

  @Test
  @DisplayName("shuts an executor down; a failing close does not keep the others open")
  void executorsAndFailures() {
    List<String> log = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Lifecycle lifecycle = new Lifecycle();
    lifecycle.record(new Named("first", log));
    lifecycle.record(pool);
    lifecycle.record(
        (AutoCloseable)
            () -> {
              throw new IllegalStateException("broken");
            });

    lifecycle.close();

    assertThat(pool.isShutdown()).isTrue();
    assertThat(log).containsExactly("first");
  }

  @Test
  @DisplayName("something recorded after the close is closed at once")
  void lateArrival() {
    List<String> log = new ArrayList<>();
    Lifecycle lifecycle = new Lifecycle();
    lifecycle.close();

    lifecycle.record(new Named("late", log));

    assertThat(log).containsExactly("late");
  }

  /** Singletons and one unscoped object, each logging its creation and its close. */
  private static final class Parts extends AbstractModule {
    final List<String> log = new ArrayList<>();

    @Provides
    @Singleton
    Named uses(Executor pool) {
      log.add("created uses");
      return new Named("uses", log);
    }

    @Provides
    @Singleton
    Executor pool() {
      log.add("created pool");
      return Executors.newSingleThreadExecutor();
    }

    @Provides
    @Singleton
    String neverAsked() {
      log.add("created neverAsked");
      return "unused";
    }

    @Provides
    AutoCloseable unscoped() {
      return new Named("unscoped", log);
    }
  }

  @Test
  @DisplayName("with Guice: the singletons created are closed, users first; nothing else is")
  void throughGuice() {
    Lifecycle lifecycle = new Lifecycle();
    Parts parts = new Parts();
    Injector injector = Guice.createInjector(parts, lifecycle.module());
    injector.getInstance(Named.class);
    injector.getInstance(AutoCloseable.class);
    ExecutorService pool = (ExecutorService) injector.getInstance(Executor.class);

    lifecycle.close();

    assertThat(parts.log).containsExactly("created pool", "created uses", "uses");
    assertThat(pool.isShutdown()).isTrue();
  }

  @Test
  @DisplayName("a child injector's singletons are closed too")
  void childInjector() {
    Lifecycle lifecycle = new Lifecycle();
    List<String> log = new ArrayList<>();
    Injector parent = Guice.createInjector(lifecycle.module());
    parent
        .createChildInjector(
            new AbstractModule() {
              @Provides
              @Singleton
              Named adapter() {
                return new Named("adapter", log);
              }
            })
        .getInstance(Named.class);

    lifecycle.close();

    assertThat(log).containsExactly("adapter");
  }

  @Test
  @DisplayName("closing the application closes its DNS client and its diagnosis workers")
  void bootstrapCloses() throws Exception {
    DemoWorld world = DemoWorld.start();
    Dns dns = world.app.get(Dns.class);
    CommandExecutor executor = world.app.get(CommandExecutor.class);
    DnsAnswer before =
        dns.resolve("ovh-customer.it", RecordType.MX, Instant.now().plusSeconds(30)).join();

    world.close();

    CompletableFuture<DnsAnswer> after =
        dns.resolve("ovh-customer.it", RecordType.MX, Instant.now().plusSeconds(30));
    assertThat(before.isOk()).isTrue();
    assertThat(after).as("answered without a round trip").isDone();
    assertThat(after.join().status()).isEqualTo(DnsAnswer.Status.FAILED);
    assertThat(executor.trySubmit(() -> {})).as("no work taken once closed").isFalse();
  }
}
