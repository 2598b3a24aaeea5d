package dev.migrations.ops;

/** The portable column types; each dialect spells them. */
public enum TypeKind {
    SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE, BOOLEAN,
    CHAR, VARCHAR, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL,
    UUID, BINARY, JSON, JSONB, ARRAY, ENUM, RAW
}
