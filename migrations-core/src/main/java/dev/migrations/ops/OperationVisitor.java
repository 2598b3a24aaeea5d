package dev.migrations.ops;

/** One method for each kind of {@link Operation}: dialects, renderers and reversal walk them with it. */
public interface OperationVisitor<R> {
    R createSchema(CreateSchema op);
    R dropSchema(DropSchema op);
    R createTable(CreateTable op);
    R dropTable(DropTable op);
    R renameTable(RenameTable op);
    R addColumn(AddColumn op);
    R dropColumn(DropColumn op);
    R alterColumn(AlterColumn op);
    R createIndex(CreateIndex op);
    R dropIndex(DropIndex op);
    R addConstraint(AddConstraint op);
    R dropConstraint(DropConstraint op);
    R createEnumType(CreateEnumType op);
    R dropEnumType(DropEnumType op);
    R addEnumValue(AddEnumValue op);
    R createSequence(CreateSequence op);
    R alterSequence(AlterSequence op);
    R dropSequence(DropSequence op);
    R setTableComment(SetTableComment op);
    R execute(Execute op);
    R bulkInsert(BulkInsert op);
    R batchedUpdate(BatchedUpdate op);
    R autocommitBlock(AutocommitBlock op);
}
