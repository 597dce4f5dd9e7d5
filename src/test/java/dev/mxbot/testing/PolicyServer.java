package dev.mxbot.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * An HTTPS server on one loopback address serving MTA-STS policies: {@code text/plain}, status 200,
 * the body given for the request's host name ({@code mta-sts.<domain>}), 404 for any other. Its
 * certificate comes from a key store made by {@link TestCertificates}. For the scenarios on the
 * mini internet; the fault rows use their own handler.
 */
public final class PolicyServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;

  private PolicyServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /** Serves {@code policies} (host name → policy text) on {@code address}, a free port. */
  public static PolicyServer start(Path keyStore, String address, Map<String, String> policies) {
    Server server = new Server();
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keyStore.toString());
    tls.setKeyStorePassword(TestCertificates.PASSWORD);
    tls.setKeyStoreType("PKCS12");
    ServerConnector connector = new ServerConnector(server, tls, new HttpConnectionFactory());
    connector.setHost(address);
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            String policy = policies.get(Request.getServerName(request));
            if (policy == null
                || !request.getHttpURI().getPath().equals("/.well-known/mta-sts.txt")) {
              Response.writeError(request, response, callback, 404);
              return true;
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
            response.write(
                true, ByteBuffer.wrap(policy.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the policy server on " + address, e);
    }
    return new PolicyServer(server, connector);
  }

  /** The port it listens on: {@code mtaSts.httpsPort}. */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the policy server", e);
    }
  }
}
