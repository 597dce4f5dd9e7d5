/**
 * The architecture, checked by the build: {@link dev.mxbot.architecture.PackageRulesTest} states
 * which {@code dev.mxbot} package may use which other package and which SDK, as the code stands, so
 * a change that breaks a rule fails {@code mvn verify}. {@code src/site/markdown/architecture.md}
 * explains the packages and these rules.
 */
package dev.mxbot.architecture;
