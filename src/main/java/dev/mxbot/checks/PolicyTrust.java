package dev.mxbot.checks;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS trust of the MTA-STS policy fetch: the JVM's trust store plus an optional PEM bundle
 * ({@code tls.extraCertificates}). Its trust manager tells why a certificate is refused — expired,
 * not signed by a trusted authority, or not valid for the host name — by throwing a {@link Refusal}
 * that the fetch finds in the handshake's failure, so the report can say which.
 */
final class PolicyTrust {

  private PolicyTrust() {}

  /** A certificate refused, and why: a message id {@code tls_expired}, {@code tls_untrusted}… */
  static final class Refusal extends CertificateException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    Refusal(String reason, Throwable cause) {
      super(reason, cause);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  /** A client context trusting the JVM's authorities and those of {@code extra}. */
  static SSLContext context(Optional<Path> extra) {
    try {
      TrustManagerFactory jvm =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jvm.init((KeyStore) null);
      X509ExtendedTrustManager trust = extended(jvm);
      if (extra.isPresent()) {
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
        trust = extended(all);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new Telling(trust)}, null);
      return context;
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

  /** Checks validity, then the chain, then the name, and says which failed. Client side only. */
  private static final class Telling extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;

    Telling(X509ExtendedTrustManager delegate) {
      this.delegate = delegate;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkChain(chain, authType);
      try {
        delegate.checkServerTrusted(chain, authType, socket); // with the host name
      } catch (CertificateException e) {
        throw new Refusal("tls_name", e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkChain(chain, authType);
      try {
        delegate.checkServerTrusted(chain, authType, engine);
      } catch (CertificateException e) {
        throw new Refusal("tls_name", e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      checkChain(chain, authType);
    }

    private void checkChain(X509Certificate[] chain, String authType) throws Refusal {
      if (chain == null || chain.length == 0) {
        throw new Refusal("tls_untrusted", null);
      }
      try {
        chain[0].checkValidity();
      } catch (CertificateException e) {
        throw new Refusal("tls_expired", e);
      }
      try {
        delegate.checkServerTrusted(chain, authType); // the chain only, no host name
      } catch (CertificateException e) {
        throw new Refusal("tls_untrusted", e);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }
}
