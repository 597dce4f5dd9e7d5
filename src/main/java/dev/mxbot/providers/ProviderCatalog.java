package dev.mxbot.providers;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.ConfigNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every provider of {@code bot-config/providers/}, and the questions the checks ask about them: who
 * hosts this nameserver, whose MX host is this, whose SPF include is this. Exactly one provider is
 * the home provider (the one whose support team runs the bot). Immutable and safe for concurrent
 * use; when patterns of several providers match, the first provider in file-name order wins.
 */
public final class ProviderCatalog {

  private final List<Provider> providers;
  private final Provider home;

  private ProviderCatalog(List<Provider> providers, Provider home) {
    this.providers = List.copyOf(providers);
    this.home = home;
  }

  /**
   * Reads every {@code *.yaml} file of {@code providersDir}, in file-name order.
   *
   * @throws ConfigException naming the file, the key and the expectation when anything is invalid
   */
  public static ProviderCatalog load(Path providersDir) {
    String dirName = providersDir.toString().replace('\\', '/');
    List<Path> files;
    try (Stream<Path> listing = Files.list(providersDir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(dirName + ": expected a directory of provider *.yaml files", e);
    }
    if (files.isEmpty()) {
      throw new ConfigException(dirName + ": expected at least one provider *.yaml file");
    }
    List<Provider> all = new ArrayList<>();
    Map<String, String> idFiles = new HashMap<>();
    Provider home = null;
    String homeFile = null;
    for (Path file : files) {
      ConfigNode root = ConfigNode.read(file);
      for (Provider provider : ProviderReader.read(root)) {
        String previous = idFiles.putIfAbsent(provider.id(), root.file());
        if (previous != null) {
          throw root.error(
              "id: expected a unique id, \"" + provider.id() + "\" is also used in " + previous);
        }
        if (provider.home()) {
          if (home != null) {
            throw root.error(
                "home: expected exactly one provider with home: true, " + homeFile + " has it too");
          }
          home = provider;
          homeFile = root.file();
        }
        all.add(provider);
      }
    }
    if (home == null) {
      throw new ConfigException(
          dirName + ": home: expected exactly one provider with home: true, found none");
    }
    return new ProviderCatalog(all, home);
  }

  /** The provider whose support team runs the bot. */
  public Provider home() {
    return home;
  }

  /** Every provider and sending service, in file-name order. */
  public List<Provider> all() {
    return providers;
  }

  public Optional<Provider> byId(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The DNS host a nameserver (absolute or not, any case) belongs to. */
  public Optional<Provider> dnsHostOf(String nameserverHost) {
    return providers.stream().filter(p -> p.isNameserver(nameserverHost)).findFirst();
  }

  /** The mail provider an MX host belongs to, and what kind of host it is. */
  public Optional<MxHostMatch> mailHostOf(String mxHost) {
    for (Provider provider : providers) {
      if (provider.isMailProvider()) {
        Optional<MxHostKind> kind = provider.mxKindOf(mxHost);
        if (kind.isPresent()) {
          return Optional.of(new MxHostMatch(provider, kind.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who an SPF {@code include:} domain authorises: a mail provider or a sending service ({@link
   * Provider#kind()} tells which). Sending services are never returned by {@link #mailHostOf}.
   */
  public Optional<Provider> senderOf(String spfInclude) {
    return providers.stream().filter(p -> p.hasSpfInclude(spfInclude)).findFirst();
  }
}
