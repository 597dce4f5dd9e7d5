package dev.mxbot.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake Discord REST received, per interaction token: its callbacks (the deferral or the
 * immediate reply) and its edits of {@code @original} (the answer).
 */
public final class DiscordTally {

  private final Map<String, List<FakeDiscordRest.Call>> callbacks = new HashMap<>();
  private final Map<String, List<FakeDiscordRest.Call>> edits = new HashMap<>();

  public DiscordTally(List<FakeDiscordRest.Call> calls) {
    for (FakeDiscordRest.Call call : calls) {
      String[] parts = call.path().split("/");
      if (call.method().equals("POST") && call.path().startsWith("interactions/")) {
        callbacks.computeIfAbsent(parts[2], t -> new ArrayList<>()).add(call);
      } else if (call.method().equals("PATCH") && call.path().endsWith("@original")) {
        edits.computeIfAbsent(parts[2], t -> new ArrayList<>()).add(call);
      }
    }
  }

  public List<FakeDiscordRest.Call> callbacks(String token) {
    return callbacks.getOrDefault(token, List.of());
  }

  public List<FakeDiscordRest.Call> edits(String token) {
    return edits.getOrDefault(token, List.of());
  }

  /** Whether a callback deferred the answer (type 5) rather than replying at once. */
  public static boolean deferred(FakeDiscordRest.Call callback) {
    return callback.body().path("type").asInt() == 5;
  }
}
