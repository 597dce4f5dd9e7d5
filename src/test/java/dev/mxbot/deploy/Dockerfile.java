package dev.mxbot.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructions of a Dockerfile, continuation lines joined and comments dropped, grouped by
 * stage. Enough for the checks of the tests, not a full parser.
 *
 * @param stages each stage's instructions, the {@code FROM} first
 */
record Dockerfile(List<List<Instruction>> stages) {

  /** One instruction: its keyword in upper case and the rest of the line. */
  record Instruction(String keyword, String arguments) {}

  static Dockerfile parse(String text) {
    List<List<Instruction>> stages = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : text.split("\n")) {
      String trimmed = raw.strip();
      if (line.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        continue; // a comment inside a continued instruction
      }
      if (trimmed.endsWith("\\")) {
        line.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      line.append(trimmed);
      String instruction = line.toString().strip();
      line.setLength(0);
      int space = instruction.indexOf(' ');
      Instruction parsed =
          new Instruction(
              instruction.substring(0, space).toUpperCase(Locale.ROOT),
              instruction.substring(space + 1).strip());
      if (parsed.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      if (!stages.isEmpty()) {
        stages.get(stages.size() - 1).add(parsed);
      }
    }
    return new Dockerfile(stages);
  }

  /** The stage whose {@code FROM} ends with {@code AS name}. */
  List<Instruction> stage(String name) {
    return stages.stream()
        .filter(s -> s.get(0).arguments().toLowerCase(Locale.ROOT).endsWith(" as " + name))
        .findFirst()
        .orElseThrow();
  }

  List<Instruction> last() {
    return stages.get(stages.size() - 1);
  }

  /** The arguments of every instruction of {@code stage} with {@code keyword}. */
  static List<String> all(List<Instruction> stage, String keyword) {
    return stage.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }
}
