package dev.mxbot.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * For tests that look into YAML files the product does not read itself (deploy files, the Slack
 * manifest): parsed by the product's one YAML parser (SnakeYAML, safe constructor) and handed over
 * as Jackson trees, which are easy to navigate in assertions.
 */
public final class YamlTrees {

  private static final ObjectMapper JSON = new ObjectMapper();

  private YamlTrees() {}

  /** The first document of {@code file}. */
  public static JsonNode read(Path file) {
    List<JsonNode> documents = documents(file);
    return documents.isEmpty() ? JSON.missingNode() : documents.get(0);
  }

  /** Every document of a multi-document file, in order; empty documents are left out. */
  public static List<JsonNode> documents(Path file) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<JsonNode> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (Object document : yaml.loadAll(reader)) {
        if (document != null) {
          documents.add(JSON.valueToTree(document));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return documents;
  }
}
