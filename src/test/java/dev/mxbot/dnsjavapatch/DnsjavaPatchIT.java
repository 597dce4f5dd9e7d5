package dev.mxbot.dnsjavapatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * dnsjava as the packaged jar holds it ({@code src/build/PatchDnsjava.java} rewrote two classes
 * after {@code package} made the jar): the same behaviour as dnsjava's own, less the start-up work.
 * The unit tests run on dnsjava's own jar, so only here is the rewritten code run by a test.
 */
@DisplayName("dnsjava in the packaged jar")
class DnsjavaPatchIT {

  private static final Path JAR = Path.of("target", "mxbot.jar").toAbsolutePath();

  private static URLClassLoader jar() throws Exception {
    assertThat(JAR).as("built by package, before the integration tests").isRegularFile();
    return new URLClassLoader(
        new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private static Object call(Class<?> type, String name, Class<?>[] types, Object... args)
      throws Exception {
    Method method = type.getDeclaredMethod(name, types);
    method.setAccessible(true);
    return method.invoke(null, args);
  }

  @Test
  @DisplayName("query IDs and source ports come from the kernel's device, unless one is named")
  void idsFromTheKernel() throws Exception {
    try (URLClassLoader loader = jar()) {
      Class<?> utils = Class.forName("org.xbill.DNS.Utils", true, loader);
      String property = "dnsjava.secure_random_algorithm";
      String before = System.getProperty(property);

      Object random = call(utils, "secureRandom", new Class<?>[0]);
      System.setProperty(property, "SHA1PRNG");
      Object named;
      try {
        named = call(utils, "secureRandom", new Class<?>[0]);
      } finally {
        if (before == null) {
          System.clearProperty(property);
        } else {
          System.setProperty(property, before);
        }
      }

      assertThat(random.getClass().getName()).isEqualTo(KernelRandom.class.getName());
      assertThat(named.getClass().getName()).isEqualTo("java.security.SecureRandom");
      assertThat(((java.security.SecureRandom) named).getAlgorithm()).isEqualTo("SHA1PRNG");
      // a message made by the packaged dnsjava has an ID drawn from it
      Class<?> header = Class.forName("org.xbill.DNS.Header", true, loader);
      Object id = header.getMethod("getID").invoke(header.getConstructor().newInstance());
      assertThat((Integer) id).isBetween(0, 0xffff);
    }
  }

  @Test
  @DisplayName("Record makes no DecimalFormat when loaded, and writes a bell in a TXT string \\007")
  void byteFormatAtFirstUse() throws Exception {
    try (URLClassLoader loader = jar()) {
      Class<?> record = Class.forName("org.xbill.DNS.Record", true, loader);
      Field byteFormat = record.getDeclaredField("byteFormat");
      byteFormat.setAccessible(true);

      assertThat(byteFormat.get(null)).isNull();
      Class<?>[] types = {byte[].class, boolean.class};
      byte[] text = {'v', '=', 7, (byte) 200};
      assertThat(call(record, "byteArrayToString", types, text, true))
          .isEqualTo("\"v=\\007\\200\"");
      assertThat(call(record, "byteArrayToStringAutoQuote", new Class<?>[] {byte[].class}, text))
          .isEqualTo("v=\\007\\200");
    }
  }
}
