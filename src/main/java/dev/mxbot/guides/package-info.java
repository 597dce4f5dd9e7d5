/**
 * Help guides linked in replies: {@link dev.mxbot.guides.GuideCatalog} loads {@code
 * bot-config/guides.yaml} (titles and URLs per language, the home provider's guides and DNS hosts'
 * "edit DNS records" pages) and the rules choosing a guide for a finding or a whole report.
 *
 * <p>Facts and rule data live in the YAML file; this package holds the rules only. To link a new
 * guide, add it under {@code guides:} and point a rule at it. Imports core, the JDK and SnakeYAML
 * only (through {@code dev.mxbot.configfile}).
 */
package dev.mxbot.guides;
