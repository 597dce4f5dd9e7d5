package dev.mxbot.providers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each kind of mistake in a provider file is reported with file, key path and expectation. */
class ProviderCatalogValidationTest {

  private static final String DIR = "src/test/resources/providers/";

  private static AbstractThrowableAssert<?, ? extends Throwable> loading(String fixture) {
    return assertThatThrownBy(() -> ProviderCatalog.load(Path.of(DIR + fixture)))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  @DisplayName("an unknown key is named with the keys allowed there")
  void unknownKey() {
    loading("unknown-key")
        .hasMessageStartingWith(DIR + "unknown-key/home.yaml: dnsHost.nameserver: unknown key")
        .hasMessageContaining("expected one of nameservers, pairing");
  }

  @Test
  @DisplayName("a missing id is reported")
  void missingId() {
    loading("missing-id")
        .hasMessage(DIR + "missing-id/home.yaml: id: missing; expected a non-empty string");
  }

  @Test
  @DisplayName("a missing name is reported")
  void missingName() {
    loading("missing-name")
        .hasMessage(DIR + "missing-name/home.yaml: name: missing; expected a non-empty string");
  }

  @Test
  @DisplayName("an invalid regular expression is reported with its position in the list")
  void badRegex() {
    loading("bad-regex")
        .hasMessageStartingWith(
            DIR
                + "bad-regex/home.yaml: dnsHost.nameservers[1]: expected a valid regular expression,"
                + " got \"(ns|dns\\d+\\.home\\.test\"");
  }

  @Test
  @DisplayName("the same id in two files names both files")
  void duplicateId() {
    loading("duplicate-id")
        .hasMessage(
            DIR
                + "duplicate-id/b.yaml: id: expected a unique id, \"home\" is also used in "
                + DIR
                + "duplicate-id/a.yaml");
  }

  @Test
  @DisplayName("no home provider is reported")
  void noHome() {
    loading("no-home")
        .hasMessage(
            DIR + "no-home: home: expected exactly one provider with home: true, found none");
  }

  @Test
  @DisplayName("two home providers are reported")
  void twoHomes() {
    loading("two-homes")
        .hasMessage(
            DIR
                + "two-homes/b.yaml: home: expected exactly one provider with home: true, "
                + DIR
                + "two-homes/a.yaml has it too");
  }

  @Test
  @DisplayName("a bad MX set status lists the allowed values")
  void badStatus() {
    loading("bad-status")
        .hasMessage(
            DIR
                + "bad-status/home.yaml: mail.mxSets[0].status: expected one of current, outdated,"
                + " got \"recent\"");
  }

  @Test
  @DisplayName("a bad MX host kind lists the allowed values")
  void badKind() {
    loading("bad-kind")
        .hasMessage(
            DIR
                + "bad-kind/home.yaml: mail.mxHosts[1].kind: expected one of mailbox, legacy,"
                + " redirect, got \"ancient\"");
  }

  @Test
  @DisplayName("an invalid host name is reported")
  void badHost() {
    loading("bad-host")
        .hasMessage(
            DIR
                + "bad-host/home.yaml: mail.autoconfig[0].target: expected a host name such as"
                + " mx0.mail.ovh.net, got \"mail config.home.test\"");
  }

  @Test
  @DisplayName("a preference that is not a number is reported with the full key path")
  void badPreference() {
    loading("bad-preference")
        .hasMessage(
            DIR
                + "bad-preference/home.yaml: mail.mxSets[2].records[0].preference: expected a"
                + " number 0-65535, got \"x\"");
  }

  @Test
  @DisplayName("a key given twice is a YAML error with its line")
  void duplicateKey() {
    loading("duplicate-key")
        .hasMessageStartingWith(DIR + "duplicate-key/home.yaml: line 4: expected valid YAML")
        .hasMessageContaining("id");
  }

  @Test
  @DisplayName("a missing directory is reported")
  void missingDirectory() {
    loading("nowhere").hasMessage(DIR + "nowhere: expected a directory of provider *.yaml files");
  }
}
