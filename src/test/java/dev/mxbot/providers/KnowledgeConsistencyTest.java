package dev.mxbot.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.configfile.YamlTrees;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two knowledge files refer to each other by provider id; those ids must exist. */
class KnowledgeConsistencyTest {

  @Test
  @DisplayName("every DNS host edit page of guides.yaml belongs to a DNS host of the catalog")
  void editPagesBelongToDnsHosts() throws IOException {
    ProviderCatalog catalog = ProviderCatalog.load(Path.of("bot-config/providers"));
    JsonNode pages = YamlTrees.read(Path.of("bot-config/guides.yaml")).path("dnsHostEditPages");
    assertThat(pages.size()).isPositive();
    pages
        .fieldNames()
        .forEachRemaining(
            id ->
                assertThat(catalog.byId(id))
                    .as(id)
                    .hasValueSatisfying(p -> assertThat(p.isDnsHost()).isTrue()));
  }
}
