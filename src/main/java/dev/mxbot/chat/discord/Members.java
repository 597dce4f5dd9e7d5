package dev.mxbot.chat.discord;

import dev.mxbot.chat.Caller;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Who sent an interaction, read from the raw gateway payload (this bot keeps no guild or role
 * cache, so JDA's {@code Member#getRoles()} would be empty): user id, guild id (empty in a DM),
 * channel id and the member's role ids.
 */
final class Members {

  private Members() {}

  static Caller caller(GenericEvent event, String userId, String channelId) {
    DataObject raw = event.getRawData();
    DataObject data = raw == null ? DataObject.empty() : raw.optObject("d").orElse(raw);
    List<String> roles = new ArrayList<>();
    data.optObject("member")
        .flatMap(member -> member.optArray("roles"))
        .ifPresent(array -> addAll(array, roles));
    return Caller.discord(data.getString("guild_id", ""), channelId, userId, roles);
  }

  private static void addAll(DataArray array, List<String> into) {
    for (int i = 0; i < array.length(); i++) {
      into.add(array.getString(i));
    }
  }
}
