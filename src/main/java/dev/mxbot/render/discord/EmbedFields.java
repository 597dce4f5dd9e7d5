package dev.mxbot.render.discord;

import dev.mxbot.i18n.Messages;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;

/**
 * Adds named lists of lines to an embed as fields within Discord's limits: at most 25 fields, 1024
 * characters per value, and what is left of the 6000 characters of the whole embed. What does not
 * fit ends with "… and N more", inside a field or as a last field.
 */
final class EmbedFields {

  /** Kept free for the closing "… and N more" field. */
  private static final int RESERVE = 80;

  private final Messages messages;

  EmbedFields(Messages messages) {
    this.messages = messages;
  }

  /** Adds the fields in order while they fit in {@code budget} characters. */
  void addAll(EmbedBuilder embed, Map<String, List<String>> fields, int budget) {
    int left = budget;
    int index = 0;
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      int remaining = fields.size() - index;
      String name = EmbedLimits.cut(field.getKey(), EmbedLimits.FIELD_NAME);
      int room = Math.min(EmbedLimits.FIELD_VALUE, left - name.length() - RESERVE);
      boolean lastSlot = index == EmbedLimits.FIELDS - 1 && remaining > 1;
      if (room < 60 || lastSlot) {
        String more = EmbedLimits.cut(DiscordRenderer.more(messages, remaining), RESERVE - 1);
        embed.addField("…", more, false);
        return;
      }
      String value =
          EmbedLimits.lines(field.getValue(), room, n -> DiscordRenderer.more(messages, n));
      if (value.isEmpty()) {
        value = "—";
      }
      embed.addField(name, value, false);
      left -= name.length() + value.length();
      index++;
    }
  }
}
