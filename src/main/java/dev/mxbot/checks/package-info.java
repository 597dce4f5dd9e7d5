/**
 * The checks: one class per concern (domain existence, zone host, nameservers, delegation, zone
 * consistency, propagation, DNSSEC, MX set, MX targets, SPF, DMARC, DKIM, autoconfiguration), each
 * a {@link dev.mxbot.core.Check} built in {@code StandardChecks} and bound by {@code ChecksModule}.
 *
 * <p>Checks ask DNS through {@code Lookups} (one query per name and type per report) and share
 * derived facts through per-report memos ({@code MailFacts}, {@code ZoneFacts}, {@code
 * NameserverFacts}, {@code DnssecFacts}). While an MX or SPF change is spreading, {@code
 * ChangeInProgress} decides which findings follow the resolver (what receivers see now) and which
 * the nameservers (advice for the customer's next edit). Facts about providers come from {@link
 * dev.mxbot.providers.ProviderCatalog}; rules stay here.
 *
 * <p>Record readers are pure, tested on their own and live in sub-packages: {@code checks.dmarc}
 * reads DMARC tag by tag, {@code checks.dkim} reads a DKIM key and its size, {@code checks.spf}
 * reads SPF; they know nothing of DNS or of findings. {@code DmarcFindings} and {@code
 * DkimFindings}, here, turn answers into findings.
 *
 * <p>SPF is read in three steps: {@code spf.SpfRecord.parse} (pure, RFC 7208 syntax, common
 * mistakes named), {@code SpfEvaluator} (follows includes and redirects through {@code Lookups},
 * level by level, and stops once more than 10 lookups or 2 void lookups are certain, as receivers
 * must) and {@code SpfEvaluation}/{@code SpfFindings} (pure: limits, loops, missing includes →
 * findings).
 *
 * <p>A name a check needs whose lookup the resolver failed (SERVFAIL, or a CNAME chase given up) is
 * followed hop by hop by {@code AliasChains}: a CNAME loop or a chain of more than 8 CNAMEs is the
 * zone's error (the check says so and its area stays checked), anything else leaves it unchecked.
 *
 * <p>To add a check: write the class, add it to {@code StandardChecks} (one line), map its codes to
 * a guide in {@code bot-config/guides.yaml}, add its texts to the message bundles, and a zone
 * fixture plus a test.
 */
package dev.mxbot.checks;
