package dev.mxbot.dns;

import java.lang.reflect.Modifier;
import java.nio.channels.spi.SelectorProvider;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The JDK's own selector provider of this platform, named in the system property {@code
 * java.nio.channels.spi.SelectorProvider}. Without it, the first selector a process opens (dnsjava
 * opens one for its first query) has the JDK search the class path for another provider: in mxbot's
 * jar that search reads the directory of its 26,000 entries, about 10 ms of a cold {@code check},
 * to find none. With it, the JDK creates the provider it would have chosen anyway.
 *
 * <p>Only when the property is unset and the platform's class is what is expected: loadable by the
 * JDK, public, a {@link SelectorProvider} with a public constructor. Otherwise nothing is named and
 * the JDK searches as usual: never a provider that would fail.
 */
public final class SelectorProviderName {

  /** The system property {@link SelectorProvider#provider()} reads first. */
  static final String PROPERTY = "java.nio.channels.spi.SelectorProvider";

  private SelectorProviderName() {}

  /** Names the platform's provider in the system properties, when {@link #of} finds one. */
  public static void pin() {
    of(System.getProperties()).ifPresent(name -> System.setProperty(PROPERTY, name));
  }

  /**
   * The class name to give the property in a JVM with the system properties {@code current}: none
   * when it has one already or the platform's class is not as expected.
   */
  static Optional<String> of(Properties current) {
    if (current.getProperty(PROPERTY) != null) {
      return Optional.empty();
    }
    return platformClass(current.getProperty("os.name", "")).filter(SelectorProviderName::usable);
  }

  /** The JDK's default provider class on the operating system {@code osName}, if known. */
  static Optional<String> platformClass(String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      return Optional.of("sun.nio.ch.EPollSelectorProvider");
    }
    if (os.startsWith("mac")) {
      return Optional.of("sun.nio.ch.KQueueSelectorProvider");
    }
    return Optional.empty();
  }

  /** Whether the JDK can create {@code className} as the property's provider. */
  static boolean usable(String className) {
    try {
      Class<?> type = Class.forName(className, false, null);
      return SelectorProvider.class.isAssignableFrom(type)
          && Modifier.isPublic(type.getModifiers())
          && !Modifier.isAbstract(type.getModifiers())
          && Modifier.isPublic(type.getConstructor().getModifiers());
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return false;
    }
  }
}
