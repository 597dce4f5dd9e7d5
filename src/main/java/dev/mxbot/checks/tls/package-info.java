/**
 * TLS trust shared by the checks that open TLS connections (the MTA-STS policy fetch, the SMTP
 * probe): the JVM's trust store plus the operator's PEM bundle ({@code tls.extraCertificates}).
 * Depends on the JDK only.
 */
package dev.mxbot.checks.tls;
