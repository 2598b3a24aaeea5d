/**
 * The revision graph: revisions, their validation and order, and the resolution of targets
 * ({@code head}, {@code heads}, {@code base}, ids, prefixes, branch labels, relative steps) into
 * upgrade, downgrade and stamp plans. Pure: no I/O, no JDBC, no logging, so every rule is tested
 * in microseconds.
 */
package dev.migrations.graph;
