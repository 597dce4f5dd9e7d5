package dev.mxbot.bench;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.config.WatchSettings;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.core.Watch;
import dev.mxbot.core.WatchBook;
import dev.mxbot.store.Store;
import dev.mxbot.store.StoredWatches;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mxbot-bench store}: what the store costs. Records {@code reports} reports of a realistic
 * size (5 MX, SPF, DMARC, 6 findings, a change) one after the other, as the store's single writer
 * thread does, and prints the p50/p99 of one insert and of the "changes" lookup, and the growth of
 * the database per 10,000 reports (H2: the file; PostgreSQL: {@code pg_total_relation_size}). Then
 * the store side of one watch re-check (read the row, keep what it saw) for {@code watches}
 * watches, and what that means for the watches one replica keeps at a 5 min interval.
 */
public final class StoreBench {

  private StoreBench() {}

  /** Runs on the database {@code url} (empty: a fresh H2 file under {@code work}). */
  public static void run(Optional<String> url, Path work, int reports, int watches, PrintWriter out)
      throws Exception {
    Path h2 = work.resolve("store-bench").resolve("mxbot");
    String jdbc = url.orElse("jdbc:h2:file:" + h2.toAbsolutePath());
    StoreSettings settings = StoreSettings.DEFAULTS.withUrl(jdbc);
    Optional<String> password = Optional.ofNullable(System.getenv("MXBOT_STORE_PASSWORD"));
    long before;
    double[] insert = new double[reports];
    double[] lookup = new double[Math.min(reports, 2000)];
    try (Store store = Store.open(settings, password)) {
      before = size(store, jdbc, h2);
      for (int i = 0; i < reports; i++) {
        CheckHistory.Entry entry =
            new CheckHistory.Entry(
                "slack:T" + (i % 50),
                "slack",
                "T" + (i % 50),
                String.format(Locale.ROOT, "%08x", i),
                report("customer-" + (i % 2000) + ".it", i),
                Instant.now());
        long t0 = System.nanoTime();
        store.checks().insert(entry);
        insert[i] = (System.nanoTime() - t0) / 1e6;
      }
      for (int i = 0; i < lookup.length; i++) {
        long t0 = System.nanoTime();
        store.checks().last("slack:T" + (i % 50), "customer-" + (i % 2000) + ".it");
        lookup[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    long after;
    try (Store store = Store.open(settings, password)) {
      after = size(store, jdbc, h2);
    }
    out.println("store: " + (url.isPresent() ? "PostgreSQL/given URL" : "embedded H2 file"));
    out.println("  record one report   " + new Stats(insert).describe());
    out.println("  changes lookup      " + new Stats(lookup).describe());
    double per10k = (after - before) * 10_000.0 / reports;
    out.printf(
        Locale.ROOT,
        "  growth              %.1f MiB per 10,000 reports (%d reports: %d -> %d bytes)%n",
        per10k / (1 << 20),
        reports,
        before,
        after);

    double[] recheck = new double[watches];
    WatchSettings five =
        new WatchSettings(
            Duration.ofMinutes(5),
            Duration.ofHours(48),
            10,
            watches,
            WatchSettings.DEFAULT_DNS_QUESTIONS);
    try (StoredWatches book = StoredWatches.open(settings, password, five, Clock.systemUTC())) {
      for (int i = 0; i < watches; i++) {
        Watch watch = watch("U" + i, "watch-" + i + ".it");
        if (book.start(watch) != WatchBook.Started.STARTED) {
          throw new IllegalStateException("watch " + i + " not started");
        }
      }
      List<Watch> all = new java.util.ArrayList<>();
      for (int i = 0; i < watches; i++) {
        all.addAll(book.of("slack", "T1:U" + i).orElseThrow());
      }
      for (int i = 0; i < all.size(); i++) {
        long t0 = System.nanoTime();
        Watch found = book.table().find(all.get(i).id()).orElseThrow();
        book.table().seen(found);
        recheck[i] = (System.nanoTime() - t0) / 1e6;
      }
      for (Watch w : all) {
        book.end("slack", w.account(), w.domain());
      }
    }
    Stats store = new Stats(recheck);
    out.println(
        "  watch re-check (store side: read the row, keep what it saw) " + store.describe());
    out.println(
        "  watches one replica keeps at a 5 min interval (8 re-check threads; the diagnosis"
            + " dominates):");
    for (int diagnosisMs : new int[] {100, 500, 2000}) {
      double perRecheck = diagnosisMs + store.percentile(50);
      out.printf(
          Locale.ROOT,
          "    with a %d ms diagnosis: %,d watches%n",
          diagnosisMs,
          (long) (8 * 300_000 / perRecheck));
    }
    out.printf(
        Locale.ROOT,
        "summary store_record_p99_ms=%.2f store_lookup_p99_ms=%.2f store_mib_per_10k=%.2f"
            + " watch_store_p50_ms=%.2f%n",
        new Stats(insert).percentile(99),
        new Stats(lookup).percentile(99),
        per10k / (1 << 20),
        store.percentile(50));
  }

  /** The database's size in bytes: H2's file, or PostgreSQL's tables with indexes and TOAST. */
  private static long size(Store store, String jdbc, Path h2) throws Exception {
    if (jdbc.startsWith("jdbc:h2:")) {
      try (Connection c = store.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
      Path file = h2.resolveSibling(h2.getFileName() + ".mv.db");
      return Files.exists(file) ? Files.size(file) : 0;
    }
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg_total_relation_size('checks') + pg_total_relation_size('watches')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Watch watch(String user, String domain) {
    return new Watch(
        0,
        "slack",
        "T1:" + user,
        "T1",
        "C1",
        user,
        "ab12cd34",
        domain,
        domain,
        "en",
        false,
        Instant.now(),
        Instant.now().plus(Duration.ofHours(48)),
        "warning",
        Map.of());
  }

  /** A report of the size a real one has: 5 MX, SPF, DMARC, findings with parameters. */
  static Report report(String domain, int i) {
    List<MxEntry> mx =
        List.of(
            new MxEntry(1, "mx0.mail.ovh.net."),
            new MxEntry(5, "mx1.mail.ovh.net."),
            new MxEntry(50, "mx2.mail.ovh.net."),
            new MxEntry(100, "mx3.mail.ovh.net."),
            new MxEntry(200, "mx4.mail.ovh.net."));
    return new Report(
        domain,
        DomainName.of(domain),
        i % 3 == 0 ? Verdict.WARNING : Verdict.OK,
        null,
        null,
        new ReportRecords(
            List.of("dns109.ovh.net.", "ns109.ovh.net."),
            mx,
            List.of("v=spf1 include:mx.ovh.com ~all"),
            List.of("v=DMARC1; p=quarantine; rua=mailto:dmarc@" + domain)),
        List.of(
            Finding.of(FindingCode.MX_HOME_CURRENT),
            Finding.of(FindingCode.SPF_VALID),
            Finding.of(FindingCode.PROPAGATION_PENDING),
            Finding.of(FindingCode.NEGATIVE_CACHE_PENDING),
            Finding.of(FindingCode.SPF_PROPAGATION_PENDING),
            Finding.of(FindingCode.DNS_TIMEOUT)),
        Duration.ofMillis(120));
  }
}
