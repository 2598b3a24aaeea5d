package dev.migrations.autogenerate;

/** The kinds of difference a comparison looks for; {@link ComparisonOptions} can leave any of them out. */
public enum ObjectKind {
    /** Tables added and removed. */
    TABLE,
    /** Columns added and removed. */
    COLUMN,
    /** Column type changes. */
    TYPE,
    /** Column nullability changes. */
    NULLABILITY,
    /** Server default changes. */
    SERVER_DEFAULT,
    /** Table and column comments. */
    COMMENT,
    PRIMARY_KEY,
    FOREIGN_KEY,
    UNIQUE_KEY,
    INDEX,
    CHECK,
    SEQUENCE,
    ENUM_TYPE
}
