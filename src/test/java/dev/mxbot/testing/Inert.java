package dev.mxbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * What "inert" means on each platform, as assertions: the rendered reply can hold hostile text only
 * as text. Links are allowed only to the guides mxbot itself publishes.
 */
public final class Inert {

  private static final Pattern OWN_GUIDE =
      Pattern.compile(
          "https://(docs\\.ovhcloud\\.com|developers\\.cloudflare\\.com|docs\\.aws\\.amazon\\.com)/");
  private static final Pattern SLACK_LINK = Pattern.compile("<(https?://[^|>]*)\\|[^>]*>");
  private static final Pattern DISCORD_LINK =
      Pattern.compile("\\[[^\\]]*]\\((<?https?://[^)]*)\\)");

  private Inert() {}

  /** No control, bidi-override or zero-width character: they are shown as \\uXXXX instead. */
  public static void assertNoControlCharacters(String text) {
    text.codePoints()
        .forEach(
            cp ->
                assertThat(cp == '\n' || !unsafe(cp))
                    .as("U+%04X left raw in %s", cp, shorten(text))
                    .isTrue());
  }

  private static boolean unsafe(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp < 0xA0)
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }

  /** A Slack message as the Web API receives it: escaped mrkdwn within Block Kit's limits. */
  public static void assertSlack(JsonObject message) {
    List<String> texts = new ArrayList<>();
    strings(message, texts);
    for (String text : texts) {
      assertNoControlCharacters(text);
      String withoutOwnLinks = withoutLinks(SLACK_LINK, text);
      assertThat(withoutOwnLinks)
          .as("Slack text")
          .doesNotContain("<!", "<@", "<#", "<http", "<mailto");
    }
    assertThat(message.get("text").getAsString()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
    JsonArray blocks = message.getAsJsonArray("blocks");
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      switch (block.get("type").getAsString()) {
        case "header" -> assertThat(text(block)).as("header").hasSizeLessThanOrEqualTo(150);
        case "section" -> {
          if (block.has("text")) {
            assertThat(text(block)).as("section").hasSizeLessThanOrEqualTo(3000);
          }
          if (block.has("fields")) {
            JsonArray fields = block.getAsJsonArray("fields");
            assertThat(fields.size()).isLessThanOrEqualTo(10);
            fields.forEach(
                f ->
                    assertThat(f.getAsJsonObject().get("text").getAsString())
                        .hasSizeLessThanOrEqualTo(2000));
          }
        }
        case "context" ->
            assertThat(block.getAsJsonArray("elements").size()).isLessThanOrEqualTo(10);
        default -> {}
      }
    }
  }

  /** A Discord embed: no mention trigger, no markdown from the data, within the embed limits. */
  public static void assertDiscord(MessageEmbed embed) {
    assertThat(embed.getLength()).as("embed length").isLessThanOrEqualTo(6000);
    assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256);
    assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
    assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
    List<String> texts = new ArrayList<>();
    texts.add(embed.getTitle());
    texts.add(embed.getDescription());
    texts.add(embed.getFooter() == null ? "" : embed.getFooter().getText());
    for (MessageEmbed.Field field : embed.getFields()) {
      assertThat(field.getName()).hasSizeLessThanOrEqualTo(256);
      assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024);
      texts.add(field.getName());
      texts.add(field.getValue());
    }
    texts.forEach(Inert::assertDiscordText);
  }

  /** Discord markdown text: every {@code @} defused, every markdown character escaped. */
  public static void assertDiscordText(String text) {
    assertNoControlCharacters(text.replace("@\u200D", "@"));
    String plain = withoutLinks(DISCORD_LINK, text);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '@') {
        assertThat(i + 1 < plain.length() && plain.charAt(i + 1) == '\u200D')
            .as("@ followed by a zero-width joiner in %s", shorten(plain))
            .isTrue();
      }
      if ("<[]|`".indexOf(c) >= 0) {
        assertThat(i > 0 && plain.charAt(i - 1) == '\\')
            .as("'%s' escaped at %d in %s", c, i, shorten(plain))
            .isTrue();
      }
    }
    assertThat(text).hasSizeLessThanOrEqualTo(2000);
  }

  /** The text with the links to mxbot's own guides removed; a link elsewhere fails. */
  private static String withoutLinks(Pattern link, String text) {
    Matcher matcher = link.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      assertThat(
              OWN_GUIDE.matcher(matcher.group(1)).lookingAt() || matcher.group(1).startsWith("<"))
          .as("link to %s", matcher.group(1))
          .isTrue();
      matcher.appendReplacement(out, "");
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static void strings(JsonElement element, List<String> out) {
    if (element.isJsonObject()) {
      element.getAsJsonObject().entrySet().forEach(e -> strings(e.getValue(), out));
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> strings(e, out));
    } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      out.add(element.getAsString());
    }
  }

  private static String text(JsonObject block) {
    return block.getAsJsonObject("text").get("text").getAsString();
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
