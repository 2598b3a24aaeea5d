package dev.migrations.ops;

/**
 * The database a revision runs on, for the rare migration that must say something differently on one of them
 * ({@code if (op.database() == Database.POSTGRESQL) ...}), as Alembic's {@code op.get_bind().dialect.name}.
 * A revision's checksum covers what it does on every database, so it stays the same wherever it runs.
 */
public enum Database {
    POSTGRESQL, MARIADB, MYSQL, H2
}
