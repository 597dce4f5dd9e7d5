/**
 * What mxbot knows about DNS hosts, mail providers and sending services, loaded from {@code
 * bot-config/providers/*.yaml} into a {@link dev.mxbot.providers.ProviderCatalog}: nameserver and
 * MX host patterns, documented MX sets, SPF includes, client autoconfiguration and DKIM profiles.
 *
 * <p>Facts live in the YAML files, never here: to recognise a new provider, add a file. Imports
 * core, the JDK and SnakeYAML only (through {@code dev.mxbot.configfile}). Host names handed out
 * are absolute and lower case ({@code mx0.mail.ovh.net.}); patterns accept names with or without
 * the trailing dot, in any case.
 */
package dev.mxbot.providers;
