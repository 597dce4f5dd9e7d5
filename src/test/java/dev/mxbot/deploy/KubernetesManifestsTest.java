package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/kubernetes: the objects a cluster needs, consistent with each other")
class KubernetesManifestsTest {

  private static List<JsonNode> workloads() {
    List<JsonNode> all = new ArrayList<>(DeployFiles.ofKind("Deployment"));
    all.addAll(DeployFiles.ofKind("StatefulSet"));
    return all;
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
      "the kustomization lists existing files and generates the ConfigMap from bot-config/")
  void kustomization() {
    JsonNode k = DeployFiles.documents(DeployFiles.KUBERNETES.resolve("kustomization.yaml")).get(0);

    k.path("resources")
        .forEach(r -> assertThat(DeployFiles.KUBERNETES.resolve(r.asText())).exists());
    JsonNode generator = k.path("configMapGenerator").get(0);
    assertThat(generator.path("name").asText()).isEqualTo("mxbot-config");
    String file = generator.path("files").get(0).asText();
    assertThat(file).isEqualTo("mxbot.yaml=../../bot-config/mxbot.yaml");
    assertThat(Files.exists(DeployFiles.KUBERNETES.resolve(file.substring(file.indexOf('=') + 1))))
        .isTrue();
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
      JsonNode container = pod.path("containers").get(0);
      assertThat(container.path("ports").findValuesAsText("name")).contains("ops");
      assertThat(container.path("ports").findValues("containerPort"))
          .extracting(JsonNode::asInt)
          .contains(8080);
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
    JsonNode slack = DeployFiles.ofKind("Deployment").get(0);
    assertThat(slack.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
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
