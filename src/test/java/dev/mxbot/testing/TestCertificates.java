package dev.mxbot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Certificate authorities and server certificates made at test time with the JDK's {@code keytool}
 * (the JDK has no public API to create certificates; no extra dependency needed), in a directory
 * the test owns. Key stores are PKCS12 with the password {@link #PASSWORD}; an authority's
 * certificate is also written as PEM, for {@code tls.extraCertificates}.
 */
public final class TestCertificates {

  /** The password of every key store made here. */
  public static final String PASSWORD = "changeit";

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
  }

  /** Makes its files in {@code dir}. */
  public static TestCertificates in(Path dir) {
    return new TestCertificates(dir);
  }

  /** A new authority {@code name}: key store {@code <name>.p12}; returns its PEM certificate. */
  public Path authority(String name) {
    keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-dname",
        "CN=" + name,
        "-keyalg",
        "EC",
        "-ext",
        "bc:c",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        name + ".p12",
        "-storepass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        name + ".p12",
        "-storepass",
        PASSWORD,
        "-file",
        name + ".pem");
    return dir.resolve(name + ".pem");
  }

  /**
   * A server key store {@code <name>.p12} whose certificate, issued by {@code authority}, is valid
   * for the DNS names {@code hosts}; returns the key store.
   */
  public Path server(String name, String authority, List<String> hosts) {
    return server(name, authority, hosts, null);
  }

  /**
   * As {@link #server(String, String, List)}, with a certificate valid for 2 days from {@code
   * startDate} (keytool's form, e.g. {@code -10d}: expired 8 days ago; null: now). The certificate
   * is also written as PEM, {@code <name>.crt} (its TLSA data can be computed from it).
   */
  public Path server(String name, String authority, List<String> hosts, String startDate) {
    String store = name + ".p12";
    String sans = hosts.stream().map(h -> "dns:" + h).collect(Collectors.joining(","));
    keytool(
        "-genkeypair",
        "-alias",
        "leaf",
        "-dname",
        "CN=" + name,
        "-keyalg",
        "EC",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        store,
        "-storepass",
        PASSWORD);
    keytool(
        "-certreq",
        "-alias",
        "leaf",
        "-keystore",
        store,
        "-storepass",
        PASSWORD,
        "-file",
        name + ".csr");
    List<String> gencert =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                authority + ".p12",
                "-storepass",
                PASSWORD,
                "-infile",
                name + ".csr",
                "-outfile",
                name + ".crt",
                "-rfc",
                "-validity",
                "2",
                "-ext",
                "SAN=" + sans));
    if (startDate != null) {
      gencert.addAll(List.of("-startdate", startDate));
    }
    keytool(gencert.toArray(String[]::new));
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "ca",
        "-file",
        authority + ".pem",
        "-keystore",
        store,
        "-storepass",
        PASSWORD);
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "leaf",
        "-file",
        name + ".crt",
        "-keystore",
        store,
        "-storepass",
        PASSWORD);
    return dir.resolve(store);
  }

  private void keytool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("keytool " + command + " failed: " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run keytool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
