package dev.migrations.ops;

/** What {@code createTable} takes: columns and table constraints. */
public sealed interface TableElement permits Column, TableConstraint {
}
