package dev.migrations.ops;

/** A named table constraint, declared in {@code createTable} or added with {@link AddConstraint}. */
public sealed interface TableConstraint extends TableElement
        permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    /** The constraint name; never null once the operation is built. */
    String name();

    TableConstraint withName(String name);
}
