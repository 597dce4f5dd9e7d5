package dev.mxbot.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.ProvisionListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the application's closeable singletons: every singleton Guice creates that is
 * {@link AutoCloseable} or an {@link ExecutorService} (the DNS client, its reply threads, the
 * diagnosis workers) is recorded as it is created, and {@link #close()} closes them once, in the
 * reverse order of their creation, so a user closes before what it uses ({@link CheckWiring}, which
 * builds without an injector, records what it builds itself). Nothing is created here: what a
 * command never asked for is never built just to be closed, and {@code check} stays light.
 *
 * <p>Services with a start and a stop of their own (chat connections, the ops listener) are not
 * closeable and stay {@code Serving}'s to drain and stop, before this runs. Safe for concurrent
 * use: singletons may be created on any thread.
 */
final class Lifecycle implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

  private final Deque<Object> created = new ArrayDeque<>();
  private boolean closed;

  /** The module that records the singletons of this injector and of its child injectors. */
  Module module() {
    ProvisionListener recorder =
        new ProvisionListener() {
          @Override
          public <T> void onProvision(ProvisionInvocation<T> provision) {
            T instance = provision.provision();
            if (Scopes.isSingleton(provision.getBinding())) {
              record(instance);
            }
          }
        };
    return new AbstractModule() {
      @Override
      protected void configure() {
        bindListener(Matchers.any(), recorder);
      }
    };
  }

  /**
   * Records {@code instance} if it is closeable (once, however many keys lead to it); after {@link
   * #close()}, closes it at once.
   */
  void record(Object instance) {
    if (!(instance instanceof AutoCloseable) && !(instance instanceof ExecutorService)) {
      return;
    }
    synchronized (this) {
      if (!closed) {
        if (created.stream().noneMatch(known -> known == instance)) {
          created.push(instance);
        }
        return;
      }
    }
    closeQuietly(instance);
  }

  /**
   * Closes what was recorded, newest first; idempotent. A failure is logged, the rest still run.
   */
  @Override
  public void close() {
    Deque<Object> toClose;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = new ArrayDeque<>(created);
      created.clear();
    }
    toClose.forEach(Lifecycle::closeQuietly);
  }

  private static void closeQuietly(Object instance) {
    try {
      if (instance instanceof AutoCloseable closeable) {
        closeable.close();
      } else if (instance instanceof ExecutorService executor) {
        executor.shutdown();
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn(
          "closing {} failed ({})",
          instance.getClass().getSimpleName(),
          e.getClass().getSimpleName());
    }
  }
}
