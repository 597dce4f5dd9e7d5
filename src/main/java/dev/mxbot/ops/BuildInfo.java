package dev.mxbot.ops;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, as the build wrote it ({@code build.properties}, filtered from the
 * pom's {@code project.version}): the one version {@code --version}, {@code /metrics} ({@code
 * mxbot_build_info}) and the deploy files' image tags show. Pure; read once.
 */
public final class BuildInfo {

  private static final String VERSION = read();

  private BuildInfo() {}

  /** The version, e.g. {@code 0.1.0}; {@code unknown} when run from unbuilt sources. */
  public static String version() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
