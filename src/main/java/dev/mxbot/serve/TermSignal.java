package dev.mxbot.serve;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Waits for SIGTERM (or SIGINT, Ctrl-C) without letting the JVM begin its shutdown, so that {@code
 * serve} drains on its main thread and exits 0 (a shutdown hook would end with status 143). Where
 * the signals cannot be caught (e.g. {@code -Xrs}), falls back to a shutdown hook that waits, up to
 * a bound, for {@link #finished()}.
 *
 * <p>The signals are caught with {@code sun.misc.Signal} (module {@code jdk.unsupported}), the
 * JDK's only way to do so, looked up reflectively: javac warns about every compiled use of that
 * class ("internal proprietary API", a warning no annotation silences) and the build treats
 * warnings as errors.
 *
 * <p>Public for {@code demo --dns-port}, which serves DNS until the same signals.
 */
public final class TermSignal {

  private final CountDownLatch received = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Catches the signals from now on; {@code bound} caps the fallback hook's wait. */
  public TermSignal install(Duration bound) {
    try {
      handle("TERM", received::countDown);
      handle("INT", received::countDown);
    } catch (ReflectiveOperationException | RuntimeException unavailable) {
      LoggerFactory.getLogger(TermSignal.class)
          .warn("signals cannot be caught here: stopping through a shutdown hook");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> drain(bound), "mxbot-shutdown"));
    }
    return this;
  }

  /**
   * {@code Signal.handle(new Signal(name), signal -> action.run())}; throws when the signal cannot
   * be caught (unknown, or the JVM's own under {@code -Xrs}) or the class is missing.
   */
  private static void handle(String name, Runnable action) throws ReflectiveOperationException {
    Class<?> signalType = Class.forName("sun.misc.Signal");
    Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
    Object handler =
        Proxy.newProxyInstance(
            handlerType.getClassLoader(),
            new Class<?>[] {handlerType},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "handle" -> {
                    action.run();
                    yield null;
                  }
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> "TermSignal(" + name + ")";
                });
    Object signal = signalType.getConstructor(String.class).newInstance(name);
    signalType.getMethod("handle", signalType, handlerType).invoke(null, signal, handler);
  }

  /** Blocks until a signal arrives. */
  public void await() throws InterruptedException {
    received.await();
  }

  /** Tells a waiting shutdown hook that the drain is over. */
  public void finished() {
    finished.countDown();
  }

  private void drain(Duration bound) {
    received.countDown();
    try {
      finished.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
