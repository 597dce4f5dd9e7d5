package dev.mxbot.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.channels.spi.SelectorProvider;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the platform's selector provider, named so that the JDK does not search the jar")
class SelectorProviderNameTest {

  private static Properties system(String os) {
    Properties properties = new Properties();
    properties.setProperty("os.name", os);
    return properties;
  }

  @Test
  @DisplayName("on this platform, the name is that of the provider the JDK chose by itself")
  void sameAsTheJdkDefault() {
    var named = SelectorProviderName.of(system(System.getProperty("os.name")));
    assumeTrue(named.isPresent(), "a platform without a known provider: nothing is named");

    assertThat(named).contains(SelectorProvider.provider().getClass().getName());
  }

  @Test
  @DisplayName("Linux gets epoll's provider, a platform it does not know none")
  void byPlatform() {
    assertThat(SelectorProviderName.platformClass("Linux"))
        .contains("sun.nio.ch.EPollSelectorProvider");
    assertThat(SelectorProviderName.platformClass("Mac OS X"))
        .contains("sun.nio.ch.KQueueSelectorProvider");
    assertThat(SelectorProviderName.platformClass("Windows 11")).isEmpty();
    assertThat(SelectorProviderName.of(system("Plan 9"))).isEmpty();
  }

  @Test
  @DisplayName("never a class the JDK could not create as its provider, never over a given one")
  void onlyUsable() {
    assertThat(SelectorProviderName.usable("sun.nio.ch.NoSuchSelectorProvider")).isFalse();
    assertThat(SelectorProviderName.usable("java.lang.String")).isFalse();
    assertThat(SelectorProviderName.usable("java.nio.channels.spi.SelectorProvider")).isFalse();
    Properties given = system("Linux");
    given.setProperty("java.nio.channels.spi.SelectorProvider", "com.example.OwnProvider");
    assertThat(SelectorProviderName.of(given)).isEmpty();
  }
}
