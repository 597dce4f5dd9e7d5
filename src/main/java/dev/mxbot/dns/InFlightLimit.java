package dev.mxbot.dns;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * At most {@code limit} questions in flight per server address ({@code dns.maxInFlightPerServer}),
 * shared by every diagnosis of the process: politeness towards a nameserver or resolver that many
 * audited domains share. A question over the limit waits, without a thread, until one in flight to
 * the same address completes. Addresses with nothing in flight and nobody waiting are forgotten, so
 * memory follows the servers in use, not every server ever asked. Thread safe.
 */
final class InFlightLimit {

  private final int limit;
  private final Executor handOver;
  private final Map<InetSocketAddress, Slots> servers = new ConcurrentHashMap<>();

  /**
   * @param limit the most questions in flight to one address; at least 1
   * @param handOver runs the next waiting question when a slot frees (not on the thread that freed
   *     it, so a long queue of questions that end at once never nests deeply)
   */
  InFlightLimit(int limit, Executor handOver) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxInFlightPerServer must be at least 1: " + limit);
    }
    this.limit = limit;
    this.handOver = handOver;
  }

  /**
   * Runs {@code question} once a slot for {@code server} is free, and frees the slot when the
   * question's future completes (however it completes). {@code question} must not throw.
   */
  <T> CompletableFuture<T> run(InetSocketAddress server, Supplier<CompletableFuture<T>> question) {
    CompletableFuture<Void> slot = acquire(server);
    return slot.thenCompose(
        granted -> {
          CompletableFuture<T> asked;
          try {
            asked = question.get();
          } catch (RuntimeException e) {
            release(server);
            throw e;
          }
          return asked.whenComplete((value, error) -> release(server));
        });
  }

  /** Questions in flight to {@code server} now (tests, metrics). */
  int inFlight(InetSocketAddress server) {
    Slots slots = servers.get(server);
    if (slots == null) {
      return 0;
    }
    synchronized (slots) {
      return slots.used;
    }
  }

  private CompletableFuture<Void> acquire(InetSocketAddress server) {
    CompletableFuture<Void> granted = new CompletableFuture<>();
    servers.compute(
        server,
        (address, slots) -> {
          Slots mine = slots == null ? new Slots() : slots;
          synchronized (mine) {
            if (mine.used < limit) {
              mine.used++;
              granted.complete(null);
            } else {
              mine.waiting.add(granted);
            }
          }
          return mine;
        });
    return granted;
  }

  private void release(InetSocketAddress server) {
    CompletableFuture<Void> next = null;
    Slots slots = servers.get(server);
    if (slots == null) {
      return;
    }
    synchronized (slots) {
      next = slots.waiting.poll();
      if (next == null) {
        slots.used--;
      }
    }
    if (next != null) {
      // The slot passes to the next waiter.
      CompletableFuture<Void> waiter = next;
      handOver.execute(() -> waiter.complete(null));
    } else {
      servers.computeIfPresent(server, (address, s) -> idle(s) ? null : s);
    }
  }

  private static boolean idle(Slots slots) {
    synchronized (slots) {
      return slots.used == 0 && slots.waiting.isEmpty();
    }
  }

  /** The slots of one address: how many are used, and who waits for one, in order. */
  private static final class Slots {
    private int used;
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  }
}
