package dev.mxbot.chat.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.JDAImpl;
import net.dv8tion.jda.internal.interactions.command.SlashCommandInteractionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's own part of a first {@code /mx}, once the session exists and before {@code serve} reports
 * ready: a made-up {@code INTERACTION_CREATE} of {@code /mx} in a guild channel is read into JDA's
 * interaction objects (a guild, its channel, a member and its user, the command's options) as JDA's
 * gateway handler reads a real one, then {@link MxListener} reads it as the event of a command and
 * builds the answer's editor and the acknowledgement it would send ({@link
 * MxListener#readWithoutAnswering}), and everything is dropped. On a cold JVM that reading, mostly
 * loading JDA's entity classes, was 40-45 ms of the first command's acknowledgement (bench,
 * loopback Discord), the listener's part and the acknowledgement's classes 4-8 ms more; {@link
 * DiscordWarmUp} cannot reach them, as it runs before there is a session.
 *
 * <p>Nothing is sent and nothing is dispatched: the event goes to the listener's reading alone
 * (never to JDA's event manager, never admitted by the request pipeline), no REST call is made. The
 * interaction's hook schedules its 15-minute expiry on JDA's gateway pool, as a real one does, and
 * lapses unused. JDA's public API builds no interaction from data, so this uses its internal {@code
 * SlashCommandInteractionImpl}: should an upgrade of JDA change it, the warm-up fails (a line at
 * INFO) and only the first command is slower.
 */
final class JdaWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(JdaWarmUp.class);

  /** Made-up snowflakes: a guild, a channel, a member and a command no real one has. */
  private static final String GUILD = "1";

  private static final String CHANNEL = "2";
  private static final String MEMBER = "3";
  private static final String COMMAND = "4";
  private static final String INTERACTION = "5";

  private JdaWarmUp() {}

  /**
   * Reads one made-up {@code /mx} with {@code jda}'s own classes, and has {@code listener} read it
   * as an event and build (not send) its answer's editor and acknowledgement; never throws.
   */
  static void run(JDA jda, MxListener listener) {
    if (!(jda instanceof JDAImpl impl)) {
      return;
    }
    long start = System.nanoTime();
    try {
      SlashCommandInteractionImpl interaction = new SlashCommandInteractionImpl(impl, mx(jda));
      interaction.getMember();
      listener.readWithoutAnswering(new SlashCommandInteractionEvent(jda, 0, interaction));
      LOG.debug(
          "discord warm-up: JDA read a made-up /mx in {} ms",
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      LOG.info("discord warm-up: JDA's interaction not read ({})", e.toString());
    }
  }

  /** The {@code INTERACTION_CREATE} data of {@code /mx domain:warm-up.invalid} in a guild. */
  private static DataObject mx(JDA jda) {
    String application = jda.getSelfUser().getApplicationId();
    DataObject channel =
        DataObject.empty()
            .put("id", CHANNEL)
            .put("type", 0)
            .put("guild_id", GUILD)
            .put("name", "warm-up")
            .put("position", 0)
            .put("nsfw", false)
            .putNull("parent_id")
            .put("permissions", "0")
            .put("flags", 0)
            .put("rate_limit_per_user", 0)
            .put("permission_overwrites", DataArray.empty());
    DataObject user =
        DataObject.empty()
            .put("id", MEMBER)
            .put("username", "warm-up")
            .put("discriminator", "0")
            .putNull("global_name")
            .putNull("avatar")
            .put("bot", false);
    DataObject member =
        DataObject.empty()
            .put("user", user)
            .put("roles", DataArray.empty())
            .put("joined_at", "2025-01-01T00:00:00.000000+00:00")
            .put("deaf", false)
            .put("mute", false)
            .put("flags", 0)
            .put("pending", false)
            .put("permissions", "0")
            .putNull("nick")
            .putNull("avatar")
            .putNull("premium_since");
    DataObject data =
        DataObject.empty()
            .put("id", COMMAND)
            .put("name", CommandDefinition.NAME)
            .put("type", 1)
            .put(
                "options",
                DataArray.empty()
                    .add(
                        DataObject.empty()
                            .put("name", CommandDefinition.DOMAIN)
                            .put("type", 3)
                            .put("value", "warm-up.invalid")));
    return DataObject.empty()
        .put("id", INTERACTION)
        .put("application_id", application)
        .put("type", 2)
        .put("token", "warm-up")
        .put("version", 1)
        .put("guild_id", GUILD)
        .put(
            "guild",
            DataObject.empty()
                .put("id", GUILD)
                .put("locale", "en-US")
                .put("features", DataArray.empty()))
        .put("channel_id", CHANNEL)
        .put("channel", channel)
        .put("member", member)
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("app_permissions", "0")
        .put("entitlements", DataArray.empty())
        .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD))
        .put("context", 0)
        .put("data", data);
  }
}
