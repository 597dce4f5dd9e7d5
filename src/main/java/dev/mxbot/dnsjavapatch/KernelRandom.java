package dev.mxbot.dnsjavapatch;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A {@link SecureRandom} that reads the kernel's cryptographically secure generator, {@code
 * /dev/urandom}, for every byte it gives: what the JDK's default {@code NativePRNG} reads too, less
 * the JDK's provider machinery around it. dnsjava draws its query IDs and UDP source ports from it
 * in mxbot's jar (see the package). Where there is no such device (Windows), {@link #create()}
 * gives the JDK's default {@code SecureRandom}, as dnsjava would.
 */
public final class KernelRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  /** The kernel's generator: never blocks once the system has booted, never runs dry. */
  static final String DEVICE = "/dev/urandom";

  private KernelRandom(SecureRandomSpi spi) {
    super(spi, null);
  }

  /**
   * dnsjava's generator: the kernel's device when it can be opened, else the JDK's default. Called
   * by dnsjava's {@code Utils.secureRandom()} in mxbot's jar.
   */
  public static SecureRandom create() {
    return create(DEVICE);
  }

  static SecureRandom create(String device) {
    try {
      return new KernelRandom(new DeviceSpi(new FileInputStream(device)));
    } catch (IOException | SecurityException e) {
      return new SecureRandom();
    }
  }

  @Override
  public String getAlgorithm() {
    return "kernel:" + DEVICE;
  }

  /** Every byte read from the device, as asked: no buffer, no state of its own to predict. */
  private static final class DeviceSpi extends SecureRandomSpi {

    private static final long serialVersionUID = 1L;

    private final transient InputStream device;

    DeviceSpi(InputStream device) {
      this.device = device;
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // the kernel's pool is seeded by the kernel; a caller's seed adds nothing to it
    }

    @Override
    protected synchronized void engineNextBytes(byte[] bytes) {
      try {
        int read = device.readNBytes(bytes, 0, bytes.length);
        if (read != bytes.length) {
          throw new IOException("short read from " + DEVICE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected byte[] engineGenerateSeed(int length) {
      byte[] seed = new byte[length];
      engineNextBytes(seed);
      return seed;
    }
  }
}
