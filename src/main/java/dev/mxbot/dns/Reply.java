package dev.mxbot.dns;

import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;

/**
 * What one server did with one query: a response message, or a failure to get one. Immutable.
 *
 * @param server {@code address:port} of the server asked
 * @param message the response, null on failure
 * @param failure why there is no response, null when there is one
 */
record Reply(String server, Message message, Failure failure) {

  /** Why no response arrived. */
  enum Failure {
    /** No answer before the timeout or deadline. */
    TIMEOUT,
    /** A network error: unreachable, connection refused or reset. */
    NETWORK,
    /** Anything else: a malformed or mismatched response, a library error. */
    OTHER
  }

  static Reply of(String server, Message message) {
    return new Reply(server, message, null);
  }

  static Reply failed(String server, Failure failure) {
    return new Reply(server, null, failure);
  }

  /** True when another server should be asked: no answer, SERVFAIL or REFUSED. */
  boolean worthRetryingElsewhere() {
    if (message == null) {
      return failure == Failure.TIMEOUT || failure == Failure.NETWORK;
    }
    int rcode = message.getRcode();
    return rcode == Rcode.SERVFAIL || rcode == Rcode.REFUSED;
  }
}
