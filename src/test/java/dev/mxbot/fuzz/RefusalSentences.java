package dev.mxbot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.InputRefusal;
import dev.mxbot.i18n.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a refusal becomes a whole English sentence: a known key, every placeholder filled.
 */
public final class RefusalSentences {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
  private static final Messages ENGLISH = Messages.of("en");

  private RefusalSentences() {}

  public static void assertClear(InputRefusal refusal) {
    assertThat(ENGLISH.has(refusal.messageKey())).as(refusal.messageKey()).isTrue();
    Matcher placeholders = PLACEHOLDER.matcher(ENGLISH.get(refusal.messageKey()));
    while (placeholders.find()) {
      assertThat(refusal.params())
          .as("%s fills {%s}", refusal.messageKey(), placeholders.group(1))
          .containsKey(placeholders.group(1));
    }
    assertThat(ENGLISH.get(refusal.messageKey(), refusal.params())).isNotBlank();
  }
}
