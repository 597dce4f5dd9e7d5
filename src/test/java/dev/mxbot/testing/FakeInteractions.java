package dev.mxbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** {@code INTERACTION_CREATE} payloads as Discord sends them for {@code /mx} and its buttons. */
public final class FakeInteractions {

  public static final String GUILD_ID = "800000000000000001";
  static final String CHANNEL_ID = "800000000000000002";
  static final String USER_ID = "700000000000000001";
  static final String COMMAND_ID = "600000000000000001";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private String locale = "en-US";
  private String guildLocale = "en-US";
  private String userId = USER_ID;
  private List<String> roles = List.of();

  public FakeInteractions locale(String user, String guild) {
    this.locale = user;
    this.guildLocale = guild;
    return this;
  }

  public FakeInteractions user(String id, String... roleIds) {
    this.userId = id;
    this.roles = List.of(roleIds);
    return this;
  }

  /** A fresh snowflake, unique in this JVM: JDA considers older interactions expired. */
  static String snowflake() {
    long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    return Long.toString(now | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
  }

  /** A snowflake-shaped user id for a user's name in a test plan. */
  public static String userId(String name) {
    return Long.toString(710_000_000_000_000_000L + Math.abs(name.hashCode()));
  }

  /** {@code /mx} with options: name, value, name, value... (booleans as "true"/"false"). */
  public ObjectNode slash(String... options) {
    ObjectNode d = base(2);
    ObjectNode data = d.putObject("data");
    data.put("id", COMMAND_ID).put("name", "mx").put("type", 1);
    ArrayNode list = data.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      ObjectNode option = list.addObject().put("name", options[i]);
      if (options[i].equals("share")) {
        option.put("type", 5).put("value", Boolean.parseBoolean(options[i + 1]));
      } else {
        option.put("type", 3).put("value", options[i + 1]);
      }
    }
    return d;
  }

  /** A click on the button {@code customId} of an ephemeral message holding {@code embeds}. */
  public ObjectNode button(String customId, JsonNode embeds) {
    ObjectNode d = base(3);
    d.putObject("data").put("custom_id", customId).put("component_type", 2);
    ObjectNode message = d.putObject("message");
    message.put("id", snowflake()).put("channel_id", CHANNEL_ID).put("type", 0).put("content", "");
    message.set("author", user(FakeDiscordGateway.BOT_ID, "mxbot", true));
    message.put("timestamp", "2026-11-26T10:00:00.000000+00:00");
    message.putNull("edited_timestamp");
    message.put("tts", false).put("mention_everyone", false).put("pinned", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.set("embeds", embeds);
    message.putArray("components");
    message.put("flags", 64);
    message.put("application_id", FakeDiscordGateway.APP_ID);
    return d;
  }

  private ObjectNode base(int type) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", snowflake());
    d.put("application_id", FakeDiscordGateway.APP_ID);
    d.put("type", type);
    d.put("token", "interaction-token-" + java.util.UUID.randomUUID());
    d.put("version", 1);
    d.put("guild_id", GUILD_ID);
    d.putObject("guild").put("id", GUILD_ID).put("locale", guildLocale).putArray("features");
    d.put("channel_id", CHANNEL_ID);
    ObjectNode channel = d.putObject("channel");
    channel.put("id", CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID).put("name", "support");
    channel.put("position", 0).put("nsfw", false).putNull("parent_id");
    channel.put("permissions", "2147483647").put("flags", 0).put("rate_limit_per_user", 0);
    channel.putArray("permission_overwrites");
    ObjectNode member = d.putObject("member");
    member.set("user", user(userId, "agent", false));
    ArrayNode roleIds = member.putArray("roles");
    roles.forEach(roleIds::add);
    member.put("joined_at", "2025-01-01T00:00:00.000000+00:00");
    member.put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
    member.put("permissions", "2147483647");
    member.putNull("nick");
    member.putNull("avatar");
    member.putNull("premium_since");
    d.put("locale", locale);
    d.put("guild_locale", guildLocale);
    d.put("app_permissions", "2147483647");
    d.putArray("entitlements");
    d.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    d.put("context", 0);
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
