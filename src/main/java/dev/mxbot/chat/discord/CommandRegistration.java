package dev.mxbot.chat.discord;

import dev.mxbot.config.DiscordSettings;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code /mx} registered: in each guild of {@code discord.commandGuilds} (instant), else
 * globally. The registered set is read first and replaced only when it differs from ours, so a
 * restart uploads nothing. Guild commands go through JDA's request queue directly (its {@code
 * Guild} objects need the guild cache, which this intent-less bot does not keep).
 */
final class CommandRegistration {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistration.class);
  private static final MediaType JSON = MediaType.parse("application/json");

  private final DiscordSettings settings;

  @Inject
  CommandRegistration(DiscordSettings settings) {
    this.settings = settings;
  }

  /** Registers where needed; completes when every target is up to date. */
  CompletableFuture<Void> register(JDA jda) {
    String app = jda.getSelfUser().getApplicationId();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    if (settings.commandGuilds().isEmpty()) {
      all.add(
          update(
              jda,
              "global",
              Route.Interactions.GET_COMMANDS.compile(app),
              Route.Interactions.UPDATE_COMMANDS.compile(app)));
    }
    for (String guild : settings.commandGuilds()) {
      all.add(
          update(
              jda,
              "guild " + guild,
              Route.Interactions.GET_GUILD_COMMANDS.compile(app, guild),
              Route.Interactions.UPDATE_GUILD_COMMANDS.compile(app, guild)));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> update(
      JDA jda, String where, Route.CompiledRoute get, Route.CompiledRoute put) {
    DataArray wanted = DataArray.empty().add(CommandDefinition.mx().toData());
    return new RestActionImpl<DataArray>(jda, get, (response, request) -> response.getArray())
        .submit()
        .thenCompose(
            existing -> {
              if (normalised(existing).equals(wanted.toList())) {
                LOG.info("discord: /mx already registered ({})", where);
                return CompletableFuture.completedFuture(null);
              }
              RequestBody body = RequestBody.create(wanted.toJson(), JSON);
              return new RestActionImpl<Void>(jda, put, body)
                  .submit()
                  .thenRun(() -> LOG.info("discord: /mx registered ({})", where));
            });
  }

  /** What Discord holds, read back through JDA's model so that it compares with ours. */
  private static List<Object> normalised(DataArray existing) {
    DataArray out = DataArray.empty();
    for (int i = 0; i < existing.length(); i++) {
      DataObject command = existing.getObject(i);
      out.add(CommandData.fromData(command).toData());
    }
    return out.toList();
  }
}
