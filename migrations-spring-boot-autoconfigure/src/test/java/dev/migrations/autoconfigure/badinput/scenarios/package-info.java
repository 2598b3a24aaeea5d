/**
 * Migrations for the Spring-level bad-input corpus: one package per scenario, each reached only through
 * {@code migrations.packages} or {@code migrations.sets.<name>.packages}, so that a test discovers exactly the
 * classes it names.
 */
package dev.migrations.autoconfigure.badinput.scenarios;
