package dev.mxbot.checks.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The authorities mxbot trusts for a TLS peer: the JVM's trust store, plus the certificates of the
 * PEM bundle {@code tls.extraCertificates} when one is configured (a private CA, a test CA).
 */
public final class TrustAnchors {

  private TrustAnchors() {}

  /**
   * A trust manager for the JVM's authorities and those of {@code extra}; an unreadable bundle is a
   * configuration error naming the file.
   */
  public static X509ExtendedTrustManager jvmPlus(Optional<Path> extra) {
    try {
      TrustManagerFactory jvm =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jvm.init((KeyStore) null);
      X509ExtendedTrustManager trust = extended(jvm);
      if (extra.isEmpty()) {
        return trust;
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate authority : trust.getAcceptedIssuers()) {
        store.setCertificateEntry("jvm-" + n++, authority);
      }
      try (InputStream in = Files.newInputStream(extra.get())) {
        for (Certificate certificate :
            CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          store.setCertificateEntry("extra-" + n++, certificate);
        }
      }
      TrustManagerFactory all =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      all.init(store);
      return extended(all);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "tls.extraCertificates: cannot read the certificates of "
              + extra.map(Path::toString).orElse("the JVM's trust store")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static X509ExtendedTrustManager extended(TrustManagerFactory factory) {
    return Arrays.stream(factory.getTrustManagers())
        .filter(X509ExtendedTrustManager.class::isInstance)
        .map(X509ExtendedTrustManager.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no X.509 trust manager"));
  }
}
