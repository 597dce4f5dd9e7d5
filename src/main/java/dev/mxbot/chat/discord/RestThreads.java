package dev.mxbot.chat.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The threads JDA may use for Discord's REST API, bounded. By default JDA sends each request bucket
 * on a cached pool that grows without limit and keeps idle threads for two minutes, and OkHttp 5
 * races every new connection on its own task threads: 500 interactions in a few seconds left about
 * 150 JDA and 80 OkHttp threads behind. A bot that only answers interactions needs a few: requests
 * wait their turn in a queue instead, and connections are opened on the sending thread.
 */
final class RestThreads {

  /** REST requests in progress at once (Discord's own round trip is ~100 ms: ~80 requests/s). */
  static final int MAX = 8;

  private RestThreads() {}

  /**
   * The pool for JDA's {@code setRateLimitElastic}: at most {@link #MAX} threads, idle ones end.
   */
  static ExecutorService elastic() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            MAX,
            MAX,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "discord-rest-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * JDA's usual HTTP client (25 requests per host, a small connection pool) with connections opened
   * on the calling thread ({@code fastFallback(false)}: no OkHttp task thread per connection).
   */
  static OkHttpClient.Builder http() {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(MAX, 10, TimeUnit.SECONDS))
        .fastFallback(false);
  }
}
