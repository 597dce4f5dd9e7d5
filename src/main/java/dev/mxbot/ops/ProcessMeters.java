package dev.mxbot.ops;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.SharedDiagnoses;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The meters read on each scrape rather than counted as things happen: the JVM (memory, GC,
 * threads, class loading, processor, uptime), the shared work ({@code mxbot.cache.hits}, {@code
 * mxbot.diagnoses.joined}), the diagnoses in flight ({@code mxbot.diagnoses.in.flight}) and each
 * adapter's readiness ({@code mxbot.adapter.ready}, 1 or 0). Registered once, at {@link
 * OpsServer#start}; {@link #close()} stops the GC listener.
 */
final class ProcessMeters implements AutoCloseable {

  private final MeterRegistry registry;
  private final SharedDiagnoses shared;
  private final CommandExecutor executor;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  @Inject
  ProcessMeters(MeterRegistry registry, SharedDiagnoses shared, CommandExecutor executor) {
    this.registry = registry;
    this.shared = shared;
    this.executor = executor;
  }

  void register(List<ChatService> services) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    FunctionCounter.builder("mxbot.cache.hits", shared, SharedDiagnoses::cacheHits)
        .description("Commands answered from a report finished moments ago")
        .register(registry);
    FunctionCounter.builder("mxbot.diagnoses.joined", shared, SharedDiagnoses::joined)
        .description("Commands that joined an identical diagnosis already running")
        .register(registry);
    Gauge.builder("mxbot.diagnoses.in.flight", executor, CommandExecutor::inFlight)
        .description("Diagnoses running or waiting for a worker")
        .register(registry);
    Gauge.builder("mxbot.build.info", () -> 1)
        .description("1, tagged with the version of this build")
        .tag("version", BuildInfo.version())
        .register(registry);
    for (ChatService service : services) {
      Gauge.builder("mxbot.adapter.ready", service, s -> s.ready() ? 1 : 0)
          .description("1 when the chat adapter is connected")
          .tag("adapter", service.name())
          .register(registry);
    }
  }

  @Override
  public void close() {
    gc.close();
  }
}
