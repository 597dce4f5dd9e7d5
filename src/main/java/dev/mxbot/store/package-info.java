/**
 * The store: recorded checks in a database (embedded H2 by default, PostgreSQL for several
 * replicas), migrated by Flyway, queried with Jdbi over a small HikariCP pool. It implements {@link
 * dev.mxbot.core.CheckHistory} for the answer path (what changed since the last check, recording in
 * the background) and reads the history {@code mxbot history} and {@code /mx history} show. Later
 * tables (watches) join it through new migrations in {@code db/migration}.
 */
package dev.mxbot.store;
