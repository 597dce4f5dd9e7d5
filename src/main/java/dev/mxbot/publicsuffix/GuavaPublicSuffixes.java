package dev.mxbot.publicsuffix;

import com.google.common.net.InternetDomainName;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.PublicSuffixes;

/**
 * {@link PublicSuffixes} from Guava's copy of the public-suffix list. Only the ICANN section
 * counts: a name is public when it ends in a registry suffix ({@code it}, {@code co.uk}, {@code
 * *.ck}), which also keeps names under a private suffix such as {@code github.io}. Stateless and
 * safe for concurrent use.
 */
public final class GuavaPublicSuffixes implements PublicSuffixes {

  @Override
  public boolean isPublic(DomainName name) {
    try {
      return InternetDomainName.from(name.ascii()).hasRegistrySuffix();
    } catch (IllegalArgumentException notAHostName) {
      return false;
    }
  }
}
