package dev.mxbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the {@link LoopbackDiscord} sends and answers about: the bot's user (READY, {@code
 * users/@me}) and the {@code INTERACTION_CREATE} data of a {@code /mx} typed in a guild channel,
 * with a fresh interaction id (a snowflake of now: JDA treats old interactions as expired) and a
 * unique token, so that each command is acknowledged on a callback URL of its own.
 */
final class SlashInteraction {

  /** The application id, and the bot user's id. */
  static final String APP_ID = "910000000000000001";

  private static final String GUILD_ID = "810000000000000001";

  /** The channel every command is typed in. */
  static final String CHANNEL_ID = "810000000000000002";

  private static final String COMMAND_ID = "610000000000000001";
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private SlashInteraction() {}

  /** A fresh snowflake: now, and a sequence unique in this JVM. */
  static String snowflake() {
    long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    return Long.toString(now | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
  }

  /** The bot's user object. */
  static ObjectNode botUser() {
    ObjectNode user = user(APP_ID, "mxbot", true);
    user.put("flags", 0).put("mfa_enabled", true).put("verified", true);
    return user;
  }

  /**
   * {@code /mx} typed by member {@code userId} with string options {@code options} (name, value,
   * name, value...).
   */
  static ObjectNode mx(String userId, String... options) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", snowflake());
    d.put("application_id", APP_ID);
    d.put("type", 2);
    d.put("token", "bench-interaction-" + UUID.randomUUID());
    d.put("version", 1);
    d.put("guild_id", GUILD_ID);
    d.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    d.put("channel_id", CHANNEL_ID);
    ObjectNode channel = d.putObject("channel");
    channel.put("id", CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID).put("name", "support");
    channel.put("position", 0).put("nsfw", false).putNull("parent_id");
    channel.put("permissions", "2147483647").put("flags", 0).put("rate_limit_per_user", 0);
    channel.putArray("permission_overwrites");
    ObjectNode member = d.putObject("member");
    member.set("user", user(userId, "agent", false));
    member.putArray("roles");
    member.put("joined_at", "2025-01-01T00:00:00.000000+00:00");
    member.put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
    member.put("permissions", "2147483647");
    member.putNull("nick");
    member.putNull("avatar");
    member.putNull("premium_since");
    d.put("locale", "en-US");
    d.put("guild_locale", "en-US");
    d.put("app_permissions", "2147483647");
    d.putArray("entitlements");
    d.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    d.put("context", 0);
    ObjectNode data = d.putObject("data");
    data.put("id", COMMAND_ID).put("name", "mx").put("type", 1);
    ArrayNode list = data.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      list.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
    }
    return d;
  }

  private static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", id).put("username", name).put("discriminator", "0").putNull("global_name");
    user.putNull("avatar");
    user.put("bot", bot);
    return user;
  }
}
