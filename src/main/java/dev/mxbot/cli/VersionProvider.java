package dev.mxbot.cli;

import dev.mxbot.ops.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code mxbot --version}: the build's one version ({@link BuildInfo}). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"mxbot " + BuildInfo.version()};
  }
}
