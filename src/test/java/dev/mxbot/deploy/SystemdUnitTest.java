package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/systemd/mxbot.service")
class SystemdUnitTest {

  /** The [Service] section's settings (the last value of a repeated key). */
  private static Map<String, String> service() {
    Map<String, String> settings = new LinkedHashMap<>();
    String section = "";
    for (String line :
        DeployFiles.read(DeployFiles.DEPLOY.resolve("systemd/mxbot.service")).split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("[")) {
        section = trimmed;
      } else if (section.equals("[Service]") && !trimmed.startsWith("#") && trimmed.contains("=")) {
        settings.put(
            trimmed.substring(0, trimmed.indexOf('=')),
            trimmed.substring(trimmed.indexOf('=') + 1));
      }
    }
    return settings;
  }

  @Test
  @DisplayName(
      "has the hardening settings, an empty capability set and no W^X ban (the JIT needs it)")
  void hardening() {
    Map<String, String> service = service();

    assertThat(service)
        .containsEntry("DynamicUser", "yes")
        .containsEntry("NoNewPrivileges", "yes")
        .containsEntry("ProtectSystem", "strict")
        .containsEntry("ProtectHome", "yes")
        .containsEntry("PrivateTmp", "yes")
        .containsEntry("PrivateDevices", "yes")
        .containsEntry("CapabilityBoundingSet", "")
        .containsEntry("RestrictSUIDSGID", "yes")
        .containsKey("SystemCallFilter")
        .containsKey("RestrictAddressFamilies")
        .doesNotContainKey("MemoryDenyWriteExecute");
  }

  @Test
  @DisplayName("reads secrets from an EnvironmentFile and runs the jar with container-sized flags")
  void execAndSecrets() {
    Map<String, String> service = service();

    assertThat(service.get("EnvironmentFile")).isEqualTo("/etc/mxbot/mxbot.env");
    assertThat(service.get("ExecStart"))
        .startsWith("/usr/bin/java ")
        .contains("-XX:+ExitOnOutOfMemoryError")
        .contains("-jar /opt/mxbot/mxbot.jar serve --config /etc/mxbot/bot-config");
    assertThat(service).doesNotContainKeys("Environment");
  }
}
