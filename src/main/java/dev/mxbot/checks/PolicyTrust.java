package dev.mxbot.checks;

import dev.mxbot.checks.tls.TrustAnchors;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
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
    X509ExtendedTrustManager trust = TrustAnchors.jvmPlus(extra);
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new Telling(trust)}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
    }
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
