package dev.mxbot.providers;

/**
 * A client autoconfiguration record a provider expects in the customer's zone. {@code name} is
 * relative to the customer's domain ({@code _autodiscover._tcp}, {@code autoconfig}); {@code
 * target} is absolute and lower case ({@code mailconfig.ovh.net.}); {@code port} is set for SRV
 * records only. {@code required} is false for records that are usual but not always published.
 */
public record AutoconfigRecord(
    String name, Type type, String target, Integer port, boolean required) {

  /** The record type expected at {@code name}. */
  public enum Type {
    SRV,
    CNAME
  }
}
