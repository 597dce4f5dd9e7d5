/**
 * The benchmark behind {@code mxbot-bench bench}: a world of in-process zone servers ({@link
 * dev.mxbot.bench.BenchWorld}), the phases that measure latency, DNS rounds, throughput, memory and
 * cold start, and the analyser that computes each zone's dependency depth from its master files.
 * Loaded only when {@code bench} runs; nothing here is on the path of {@code check} or of the chat
 * adapters.
 *
 * <p>Add a phase: a class with a {@code run} method that prints its figures and adds its {@code
 * summary} lines, and one call in {@link dev.mxbot.bench.Benchmark}.
 */
package dev.mxbot.bench;
