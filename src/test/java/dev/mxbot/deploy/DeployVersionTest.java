package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.ops.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One version everywhere: the image tags of deploy/ are the build's version. */
@DisplayName("deploy/ image tags")
class DeployVersionTest {

  @Test
  @DisplayName("compose and both kustomizations tag the mxbot image with the build's version")
  void imageTagsAreTheVersion() throws Exception {
    String version = BuildInfo.version();

    assertThat(Files.readString(DeployFiles.DEPLOY.resolve("compose.yaml")))
        .contains("image: mxbot:" + version);
    for (Path kustomization :
        new Path[] {
          DeployFiles.KUBERNETES.resolve("base/kustomization.yaml"),
          DeployFiles.KUBERNETES.resolve("overlays/discord/kustomization.yaml")
        }) {
      Matcher tag =
          Pattern.compile("newTag: \"([^\"]+)\"").matcher(Files.readString(kustomization));
      assertThat(tag.find()).as(kustomization.toString()).isTrue();
      assertThat(tag.group(1)).as(kustomization.toString()).isEqualTo(version);
    }
  }
}
