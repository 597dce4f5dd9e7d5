package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/kubernetes: the objects a cluster needs, consistent with each other")
class KubernetesManifestsTest {

  private static List<JsonNode> workloads() {
    return DeployFiles.workloads();
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new TreeMap<>();
    node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  @Test
  @DisplayName("every object has apiVersion, kind and metadata.name")
  void requiredFields() {
    assertThat(DeployFiles.kubernetesObjects()).hasSizeGreaterThanOrEqualTo(9);
    for (JsonNode object : DeployFiles.kubernetesObjects()) {
      assertThat(object.path("apiVersion").asText()).as(object.toString()).isNotBlank();
      assertThat(object.path("kind").asText()).isNotBlank();
      assertThat(object.path("metadata").path("name").asText()).isNotBlank();
    }
  }

  @Test
  @DisplayName(
      "the base deploys Slack only; the Discord overlay adds the StatefulSet with the same image")
  void kustomizations() {
    JsonNode base = DeployFiles.kustomization(DeployFiles.BASE);
    JsonNode discord = DeployFiles.kustomization(DeployFiles.DISCORD);

    List<String> baseResources = new ArrayList<>();
    base.path("resources").forEach(r -> baseResources.add(r.asText()));
    assertThat(baseResources).isNotEmpty().allMatch(r -> r.startsWith("slack-"));
    baseResources.forEach(r -> assertThat(DeployFiles.BASE.resolve(r)).exists());
    assertThat(discord.path("bases")).extracting(JsonNode::asText).containsExactly("../../base");
    assertThat(discord.path("resources"))
        .extracting(JsonNode::asText)
        .containsExactly("discord-statefulset.yaml");
    assertThat(DeployFiles.DISCORD.resolve("discord-statefulset.yaml")).exists();
    assertThat(discord.path("images")).isEqualTo(base.path("images"));
    // kustomize 2.0.3 (kubectl 1.20) knows neither of these.
    for (JsonNode k : List.of(base, discord)) {
      assertThat(k.has("labels")).isFalse();
      assertThat(k.has("components")).isFalse();
    }
  }

  @Test
  @DisplayName(
      "bot-config/: the image's, with the optional ConfigMaps' files, mounted where mxbot reads it")
  void botConfigVolume() {
    JsonNode first = null;
    for (JsonNode workload : DeployFiles.workloads()) {
      JsonNode pod = DeployFiles.podSpec(workload);
      JsonNode init = pod.path("initContainers").get(0);
      if (first == null) {
        first = init;
      }
      assertThat(init).as("the same init container everywhere").isEqualTo(first);
      assertThat(init.path("name").asText()).isEqualTo("bot-config");
      assertThat(init.path("image").asText()).isEqualTo("mxbot");
      assertThat(init.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
      // ./bot-config from the image's WORKDIR /app, as --config's default.
      assertThat(DeployFiles.mxbotContainer(workload).path("volumeMounts"))
          .anySatisfy(
              m -> {
                assertThat(m.path("name").asText()).isEqualTo("bot-config");
                assertThat(m.path("mountPath").asText()).isEqualTo("/app/bot-config");
              });
      Map<String, JsonNode> volumes = new TreeMap<>();
      pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
      assertThat(volumes.get("bot-config").has("emptyDir")).isTrue();
      assertThat(volumes.get("custom-config").path("configMap").path("name").asText())
          .isEqualTo("mxbot-config");
      assertThat(volumes.get("custom-providers").path("configMap").path("name").asText())
          .isEqualTo("mxbot-providers");
      for (String name : List.of("custom-config", "custom-providers")) {
        assertThat(volumes.get(name).path("configMap").path("optional").asBoolean())
            .as(name + " is optional: without it the image's files")
            .isTrue();
      }
    }
  }

  @Test
  @DisplayName(
      "workloads: selectors match template labels; probes on /readyz and /healthz at the ops port")
  void workloadsAndProbes() {
    assertThat(workloads()).hasSize(2);
    for (JsonNode workload : workloads()) {
      String name = workload.path("metadata").path("name").asText();
      JsonNode spec = workload.path("spec");
      JsonNode pod = spec.path("template").path("spec");
      assertThat(labels(spec.path("template").path("metadata").path("labels")))
          .as(name)
          .containsAllEntriesOf(labels(spec.path("selector").path("matchLabels")));
      assertThat(pod.path("enableServiceLinks").asBoolean(true))
          .as(name + " service links")
          .isFalse();
      assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
      JsonNode container = DeployFiles.mxbotContainer(workload);
      assertThat(container.path("ports").findValuesAsText("name")).contains("ops");
      assertThat(container.path("startupProbe").path("httpGet").path("port").asText())
          .isEqualTo("ops");
      assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
          .isEqualTo("/readyz");
      assertThat(container.path("readinessProbe").path("httpGet").path("port").asText())
          .isEqualTo("ops");
      assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
          .isEqualTo("/healthz");
      assertThat(container.path("livenessProbe").path("httpGet").path("port").asText())
          .isEqualTo("ops");
      assertThat(container.path("resources").path("requests").has("cpu")).isTrue();
      assertThat(container.path("resources").path("limits").has("memory")).isTrue();
      JsonNode security = container.path("securityContext");
      assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
      assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
      assertThat(container.path("env").findValuesAsText("name"))
          .as("tokens only as *_FILE")
          .noneMatch(n -> n.matches("(SLACK|DISCORD)_.*") && !n.endsWith("_FILE"));
    }
  }

  @Test
  @DisplayName("no workload an autoscaler scales sets spec.replicas (the autoscaler owns it)")
  void noReplicasBesideAnAutoscaler() {
    List<String> scaled =
        DeployFiles.ofKind("HorizontalPodAutoscaler").stream()
            .map(h -> h.path("spec").path("scaleTargetRef"))
            .map(t -> t.path("kind").asText() + "/" + t.path("name").asText())
            .toList();

    assertThat(scaled).contains("Deployment/mxbot-slack");
    for (JsonNode workload : DeployFiles.workloads()) {
      String id =
          workload.path("kind").asText() + "/" + workload.path("metadata").path("name").asText();
      if (scaled.contains(id)) {
        assertThat(workload.path("spec").has("replicas")).as(id).isFalse();
      }
    }
  }

  @Test
  @DisplayName("Service, PodDisruptionBudget and autoscaler select or target existing workloads")
  void references() {
    List<Map<String, String>> podLabels =
        workloads().stream()
            .map(w -> labels(w.path("spec").path("template").path("metadata").path("labels")))
            .toList();
    for (JsonNode service : DeployFiles.ofKind("Service")) {
      Map<String, String> selector = labels(service.path("spec").path("selector"));
      assertThat(podLabels)
          .as(service.toString())
          .anyMatch(l -> l.entrySet().containsAll(selector.entrySet()));
    }
    for (JsonNode pdb : DeployFiles.ofKind("PodDisruptionBudget")) {
      Map<String, String> selector = labels(pdb.path("spec").path("selector").path("matchLabels"));
      assertThat(podLabels).anyMatch(l -> l.entrySet().containsAll(selector.entrySet()));
    }
    JsonNode hpa = DeployFiles.ofKind("HorizontalPodAutoscaler").get(0);
    assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
        .isEqualTo("mxbot-slack");
    assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.path("spec").path("metrics").findValuesAsText("name")).contains("cpu");
    JsonNode statefulSet = DeployFiles.ofKind("StatefulSet").get(0);
    assertThat(DeployFiles.ofKind("Service"))
        .anyMatch(
            s ->
                s.path("metadata")
                        .path("name")
                        .asText()
                        .equals(statefulSet.path("spec").path("serviceName").asText())
                    && s.path("spec").path("clusterIP").asText().equals("None"));
    JsonNode ingress = DeployFiles.ofKind("Ingress").get(0);
    assertThat(ingress.findValuesAsText("name")).contains("mxbot-slack-http");
  }

  @Test
  @DisplayName("the Secret template holds no value")
  void secretTemplateEmpty() {
    List<JsonNode> secrets = DeployFiles.ofKind("Secret");

    assertThat(secrets).hasSize(2);
    for (JsonNode secret : secrets) {
      assertThat(secret.has("data")).isFalse();
      secret.path("stringData").forEach(v -> assertThat(v.asText()).isEmpty());
    }
    assertThat(secrets.get(0).path("stringData").size() + secrets.get(1).path("stringData").size())
        .isEqualTo(4);
  }
}
