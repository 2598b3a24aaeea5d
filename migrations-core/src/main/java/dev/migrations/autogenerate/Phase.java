package dev.migrations.autogenerate;

/**
 * The order generated operations run in, so that each finds what it needs and leaves nothing in the way:
 * types and sequences before the columns that use them; renames before anything names the new names;
 * constraints and indexes that go away dropped before the columns and tables they use; tables created in
 * dependency order; keys and indexes after their columns; foreign keys last, after the keys they reference;
 * columns, tables, sequences and types dropped at the end, tables referencing others first.
 *
 * Schemas come first, so that the downgrade drops them last, once empty.
 *
 * <p>Reversed, the same order stays valid for the downgrade.
 */
enum Phase {
    CREATE_SCHEMAS,
    CREATE_TYPES,
    CREATE_SEQUENCES,
    RENAMES,
    DROP_FOREIGN_KEYS,
    DROP_INDEXES,
    DROP_CONSTRAINTS,
    CREATE_TABLES,
    ADD_COLUMNS,
    ALTER_COLUMNS,
    ADD_CONSTRAINTS,
    CREATE_INDEXES,
    ADD_FOREIGN_KEYS,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    DROP_TYPES
}
