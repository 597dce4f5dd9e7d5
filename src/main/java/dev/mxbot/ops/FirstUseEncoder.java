package dev.mxbot.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.function.Supplier;

/**
 * An encoder built when the first event is written: a one-shot {@code check} usually logs nothing,
 * and the text pattern's parsing (Logback builds a converter chain by reflection) is a few
 * milliseconds of a cold start spent for no line. No header and no footer, as the pattern encoder
 * mxbot uses writes none.
 */
final class FirstUseEncoder extends EncoderBase<ILoggingEvent> {

  private final Supplier<Encoder<ILoggingEvent>> build;
  private volatile Encoder<ILoggingEvent> built;

  FirstUseEncoder(Supplier<Encoder<ILoggingEvent>> build) {
    this.build = build;
  }

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    return encoder().encode(event);
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  @Override
  public void stop() {
    Encoder<ILoggingEvent> encoder = built;
    if (encoder != null) {
      encoder.stop();
    }
    super.stop();
  }

  private Encoder<ILoggingEvent> encoder() {
    Encoder<ILoggingEvent> encoder = built;
    if (encoder == null) {
      synchronized (this) {
        encoder = built;
        if (encoder == null) {
          encoder = build.get();
          built = encoder;
        }
      }
    }
    return encoder;
  }
}
