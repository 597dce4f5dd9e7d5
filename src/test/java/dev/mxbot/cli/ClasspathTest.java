package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards against duplicate libraries on the classpath: JDA brings OkHttp 5 ({@code okhttp-jvm}); an
 * SDK bringing OkHttp 4 ({@code okhttp}, e.g. Slack's) must exclude it, or two copies of the same
 * classes race for who is loaded first.
 */
@DisplayName("the classpath")
class ClasspathTest {

  @Test
  @DisplayName("holds exactly one OkHttp")
  void oneOkHttp() throws Exception {
    var copies =
        Collections.list(
            ClasspathTest.class.getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertThat(copies).hasSize(1);
  }
}
