/**
 * Migrations for the auto-configuration tests: one package per scenario, so that each test discovers exactly the
 * revisions it names through {@code migrations.packages}.
 */
package dev.migrations.autoconfigure.scenarios;
