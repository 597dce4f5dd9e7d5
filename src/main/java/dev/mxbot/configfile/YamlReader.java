package dev.mxbot.configfile;

import dev.mxbot.configfile.YamlValue.Mapping;
import dev.mxbot.configfile.YamlValue.Sequence;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the first document of a YAML text into a {@link YamlValue}: with {@link PlainYaml} when the
 * text is plain YAML as it knows it (the same value, sooner), else with SnakeYAML's composer: a
 * tree of nodes with their lines, from which no Java object other than strings, numbers and
 * booleans is ever built (tags name types, never classes). Keys must be single values and appear
 * once per mapping; an alias stands for the value of its anchor. One instance per document.
 */
final class YamlReader {

  /** How deep lists and mappings may nest (Jackson's limit, which read these files before). */
  private static final int MAX_DEPTH = 1000;

  private final Map<Node, YamlValue> read = new IdentityHashMap<>();
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlReader() {}

  /**
   * The first document of {@code yaml}, UTF-8 text with or without a byte order mark; {@link
   * YamlValue#ABSENT} when there is none (an empty file, only comments). Later documents are not
   * read.
   */
  static YamlValue read(byte[] yaml) throws InvalidYamlException {
    String text = utf8(yaml);
    Optional<YamlValue> plain = PlainYaml.read(text);
    if (plain.isPresent()) {
      return plain.get();
    }
    return composed(text);
  }

  /** The first document of {@code text} as SnakeYAML's composer reads it. */
  static YamlValue composed(String text) throws InvalidYamlException {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    Composer composer =
        new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
    Node root;
    try {
      if (!composer.checkNode()) {
        return YamlValue.ABSENT;
      }
      root = composer.getNode();
    } catch (MarkedYAMLException e) {
      throw new InvalidYamlException(line(e.getProblemMark()), reason(e), e);
    } catch (ReaderException e) {
      int line = 1 + (int) text.codePoints().limit(e.getPosition()).filter(c -> c == '\n').count();
      String character = String.format("U+%04X", e.getCodePoint());
      throw new InvalidYamlException(line, "special character " + character + " is not allowed", e);
    } catch (YAMLException e) {
      throw new InvalidYamlException(0, oneLine(String.valueOf(e.getMessage())), e);
    }
    return new YamlReader().value(root);
  }

  /**
   * The text of {@code bytes}, which must be UTF-8; a byte order mark is left out. First decoded as
   * {@code String} decodes, which puts U+FFFD where the bytes are not UTF-8: a text without U+FFFD
   * was valid, and is what the strict decoder below gives (which it does only for a text with
   * U+FFFD, to tell a malformed file from one that holds that character, and where).
   */
  private static String utf8(byte[] bytes) throws InvalidYamlException {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new InvalidYamlException(line, "not UTF-8 text: check the file's encoding");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private YamlValue value(Node node) throws InvalidYamlException {
    YamlValue known = read.get(node);
    if (known != null) {
      return known;
    }
    if (!open.add(node)) {
      throw new InvalidYamlException(line(node), "an alias stands for a value that contains it");
    }
    YamlValue value;
    if (node instanceof MappingNode mapping) {
      value = mapping(mapping);
    } else if (node instanceof SequenceNode sequence) {
      value = sequence(sequence);
    } else {
      value = scalar((ScalarNode) node);
    }
    open.remove(node);
    read.put(node, value);
    return value;
  }

  private Mapping mapping(MappingNode node) throws InvalidYamlException {
    Map<String, YamlValue> entries = new LinkedHashMap<>();
    for (NodeTuple entry : node.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode key)) {
        throw new InvalidYamlException(
            line(entry.getKeyNode()),
            "a key must be a name such as \"id\", not "
                + (entry.getKeyNode() instanceof SequenceNode ? "a list" : "a mapping"));
      }
      if (entries.containsKey(key.getValue())) {
        throw new InvalidYamlException(line(key), "duplicate key \"" + key.getValue() + "\"");
      }
      entries.put(key.getValue(), value(entry.getValueNode()));
    }
    return new Mapping(entries);
  }

  private Sequence sequence(SequenceNode node) throws InvalidYamlException {
    List<YamlValue> items = new ArrayList<>();
    for (Node item : node.getValue()) {
      items.add(value(item));
    }
    return new Sequence(items);
  }

  private static YamlValue scalar(ScalarNode node) throws InvalidYamlException {
    try {
      return YamlScalars.of(node.getTag(), node.getValue());
    } catch (IllegalArgumentException e) {
      throw new InvalidYamlException(line(node), e.getMessage(), e);
    }
  }

  /**
   * SnakeYAML's context and problem on one line, e.g. {@code while scanning a quoted scalar that
   * starts on line 3: found unexpected end of stream}.
   */
  private static String reason(MarkedYAMLException e) {
    StringBuilder reason = new StringBuilder();
    if (e.getContext() != null) {
      reason.append(e.getContext());
      Mark context = e.getContextMark();
      if (context != null && line(context) != line(e.getProblemMark())) {
        reason.append(" that starts on line ").append(line(context));
      }
      reason.append(": ");
    }
    reason.append(e.getProblem());
    return oneLine(reason.toString());
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static int line(Node node) {
    return line(node.getStartMark());
  }

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }
}
