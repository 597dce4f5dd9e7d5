package dev.mxbot.chat.slack;

import dev.mxbot.chat.RequestPipeline;

/**
 * Where {@link MxCommand} sends a request that carries the {@link WarmUpKey}: the pipeline of the
 * warm-up world while {@link SlackWarmUp} runs in one, otherwise the Slack pipeline's unrecorded
 * twin (which stops before any diagnosis, as such requests have no {@code response_url}). One per
 * adapter; safe for concurrent use.
 */
final class WarmUpRoute {

  private final RequestPipeline unrecorded;
  private volatile RequestPipeline world;

  WarmUpRoute(RequestPipeline unrecorded) {
    this.unrecorded = unrecorded;
  }

  /** The pipeline for a warm-up request now. */
  RequestPipeline pipeline() {
    RequestPipeline current = world;
    return current != null ? current : unrecorded;
  }

  /** Sends warm-up requests to {@code pipeline} until {@link #reset()}. */
  void use(RequestPipeline pipeline) {
    world = pipeline;
  }

  /** Back to the unrecorded twin. */
  void reset() {
    world = null;
  }
}
