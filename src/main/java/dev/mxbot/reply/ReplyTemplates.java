package dev.mxbot.reply;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.render.TerminalText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled reply templates of {@code bot-config/replies/<lang>/}, every language of {@code
 * languages}, with the {@link ReplyScope} that says which findings get one: each file of {@link
 * Placeholders#templates()} must exist, use only its allowed placeholders and hold no backtick (the
 * chat shows the reply in a code block a backtick could close). Output is plain text: values are
 * written as they are, without HTML escaping. Safe for concurrent use once loaded.
 */
final class ReplyTemplates {

  /** A Mustache tag: its sigil (section, inverted, end, partial, comment…) and its name. */
  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/&>!{]?)\\s*([^}\\s]*)");

  private final Map<String, Map<String, Mustache>> byLanguage;
  private final ReplyScope scope;

  private ReplyTemplates(Map<String, Map<String, Mustache>> byLanguage, ReplyScope scope) {
    this.byLanguage = byLanguage;
    this.scope = scope;
  }

  /** Which findings get a paragraph ({@code scope.yaml} beside the language directories). */
  ReplyScope scope() {
    return scope;
  }

  /** Loads and checks every template; a {@link ConfigException} names the first bad file. */
  static ReplyTemplates load(Path dir, List<String> languages) {
    ReplyScope scope = ReplyScope.load(dir);
    Map<String, Map<String, Mustache>> all = new HashMap<>();
    for (String lang : languages) {
      Path root = dir.resolve(lang);
      if (!Files.isDirectory(root)) {
        throw new ConfigException(root + ": reply templates missing for language " + lang);
      }
      DefaultMustacheFactory factory = new PlainTextFactory(root);
      Map<String, Mustache> templates = new HashMap<>();
      for (String name : Placeholders.templates(scope)) {
        Path file = root.resolve(name + ".mustache");
        String text = read(file);
        check(file, text, Placeholders.allowed(name));
        try {
          templates.put(name, factory.compile(new java.io.StringReader(text), file.toString()));
        } catch (MustacheException e) {
          throw new ConfigException(file + ": not a valid Mustache template: " + e.getMessage(), e);
        }
      }
      all.put(lang, Map.copyOf(templates));
    }
    return new ReplyTemplates(Map.copyOf(all), scope);
  }

  /** Renders template {@code name} of {@code lang} with {@code model}. */
  String render(String lang, String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    byLanguage.get(lang).get(name).execute(out, model);
    return out.toString();
  }

  /** The placeholder names {@code text} uses (section names included), in order. */
  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String sigil = tag.group(1);
      if (!sigil.equals("!") && !sigil.equals(">") && !tag.group(2).isEmpty()) {
        names.add(tag.group(2));
      }
    }
    return names;
  }

  private static void check(Path file, String text, Set<String> allowed) {
    if (text.indexOf('`') >= 0) {
      throw new ConfigException(file + ": a backtick would break the chat's code block");
    }
    if (text.codePoints().anyMatch(cp -> cp != '\n' && TerminalText.unsafe(cp))) {
      throw new ConfigException(file + ": holds a control or invisible character");
    }
    if (text.contains("{{>")) {
      throw new ConfigException(file + ": partials are not supported; use the placeholders");
    }
    Set<String> unknown = new TreeSet<>(placeholders(text));
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new ConfigException(
          file + ": unknown placeholder(s) " + unknown + "; allowed: " + new TreeSet<>(allowed));
    }
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": reply template missing");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Mustache for plain text: values are written as they are (no HTML escaping). */
  private static final class PlainTextFactory extends DefaultMustacheFactory {
    PlainTextFactory(Path root) {
      super(root.toFile());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
