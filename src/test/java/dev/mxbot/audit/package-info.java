/** Tests of the audit: stopping, resuming, CSV and HTML escaping, without DNS. */
package dev.mxbot.audit;
