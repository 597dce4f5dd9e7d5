package dev.mxbot.testing;

import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.mxbot.core.Report;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.render.discord.DiscordRenderer;
import dev.mxbot.render.slack.SlackMessage;
import dev.mxbot.render.slack.SlackRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A report rendered for every platform, each reply checked inert and within its limits. */
public final class PlatformReplies {

  private static final GuideCatalog GUIDES =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");

  private PlatformReplies() {}

  public static void assertFitEveryPlatform(Report report) {
    Inert.assertNoControlCharacters(new PlainTextRenderer(GUIDES).render(report, "en"));
    SlackMessage slack =
        new SlackRenderer(GUIDES)
            .report(report, "en", List.of(), Optional.of("en:x"), Optional.empty());
    JsonObject json = new JsonObject();
    json.addProperty("text", slack.text());
    json.add("blocks", GsonFactory.createSnakeCase().toJsonTree(slack.blocks()));
    Inert.assertSlack(json);
    Inert.assertDiscord(new DiscordRenderer(GUIDES).render(report, "en", List.of()));
  }
}
