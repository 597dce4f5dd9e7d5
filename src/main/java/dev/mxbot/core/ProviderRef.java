package dev.mxbot.core;

/**
 * A recognised DNS host or mail provider as the report names it. {@code variant} says which of the
 * provider's known set-ups matched (e.g. {@code current}, {@code outdated}); it is null for DNS
 * hosts and when it does not apply.
 */
public record ProviderRef(String id, String name, String variant) {

  public static ProviderRef of(String id, String name) {
    return new ProviderRef(id, name, null);
  }

  public ProviderRef withVariant(String newVariant) {
    return new ProviderRef(id, name, newVariant);
  }
}
