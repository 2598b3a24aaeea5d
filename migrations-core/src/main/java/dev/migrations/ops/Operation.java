package dev.migrations.ops;

/**
 * One schema or data change, as a value. The same value is executed online, rendered to SQL
 * offline, reversed to derive a downgrade, and produced and rendered by autogenerate.
 */
public sealed interface Operation
        permits CreateSchema, DropSchema, CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, AddConstraint, DropConstraint,
        CreateEnumType, DropEnumType, AddEnumValue, CreateSequence, AlterSequence, DropSequence,
        SetTableComment,
        Execute, BulkInsert, BatchedUpdate, AutocommitBlock {

    <R> R accept(OperationVisitor<R> visitor);

    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when this operation cannot be undone from what it holds
     */
    Operation reverse();
}
