package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} and {@code console} start light: run in a class loader of their own that records
 * every class it is asked for, they never touch Bolt, Jetty or Java-WebSocket — those load only
 * when {@code serve} starts Slack.
 */
@DisplayName("check and console start without the chat SDKs")
class LightStartupTest {

  /** Loads the application's classes itself and remembers each name it was asked for. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> asked = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      asked.add(name);
      return super.loadClass(name, resolve);
    }
  }

  @ParameterizedTest(name = "mxbot {0}")
  @CsvSource({"check localhost, 2, ''", "console, 0, quit"})
  void noChatSdk(String command, int exitCode, String typed) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    try (RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      int code;
      try {
        Method run =
            loader
                .loadClass("dev.mxbot.cli.Main")
                .getMethod(
                    "run",
                    String[].class,
                    BufferedReader.class,
                    PrintWriter.class,
                    PrintWriter.class);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--config", "bot-config"));
        code =
            (int)
                run.invoke(
                    null,
                    args.toArray(String[]::new),
                    new BufferedReader(new StringReader(typed + "\n")),
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(new StringWriter(), true));
      } finally {
        thread.setContextClassLoader(previous);
      }

      assertThat(code).isEqualTo(exitCode);
      // picocli builds only the subcommand that runs (Subcommands); serve's adapters live in
      // ServeRun, which only serve loads: no adapter class, no SDK.
      assertThat(loader.asked).contains("dev.mxbot.cli.Main");
      assertThat(loader.asked)
          .doesNotContain(
              "dev.mxbot.cli.ServeRun", "dev.mxbot.serve.SlackAdapter", "dev.mxbot.cli.DemoRun")
          .noneMatch(name -> name.startsWith("com.slack."))
          .noneMatch(name -> name.startsWith("org.eclipse.jetty."))
          .noneMatch(name -> name.startsWith("org.java_websocket."));
    }
  }
}
