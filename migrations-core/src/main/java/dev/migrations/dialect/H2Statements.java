package dev.migrations.dialect;

import dev.migrations.MigrationException;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.IndexKey;

import java.util.List;

/**
 * H2's spelling where it differs from the shared SQL: enum types are domains, and what H2 lacks
 * (USING, partial and expression indexes, new enum values) fails with what to do instead.
 */
final class H2Statements extends StandardStatements {

    H2Statements(H2Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String changeType(AlterColumn op) {
        if (op.using() != null) {
            throw new MigrationException("alterColumn(\"" + op.table() + "\", \"" + op.column() + "\") converts with USING "
                    + op.using() + ", but H2 cannot convert a column's values while changing its type. Write the "
                    + "conversion as an UPDATE (op.execute) before or after the type change, or run this migration "
                    + "against PostgreSQL.");
        }
        return super.changeType(op);
    }

    /** CONCURRENTLY is dropped: it only asks not to block writers while building, and H2 has no such mode. */
    @Override
    public List<SqlStatement> createIndex(CreateIndex op) {
        if (op.where() != null) {
            throw new MigrationException("createIndex(\"" + op.name() + "\") is a partial index (WHERE " + op.where()
                    + "), but H2 has no partial indexes. Create it only on PostgreSQL (check the dialect), or test "
                    + "this migration against a PostgreSQL database.");
        }
        for (IndexKey key : op.keys()) {
            if (key.expression() != null) {
                throw new MigrationException("createIndex(\"" + op.name() + "\") has the expression key ("
                        + key.expression() + "), but H2 indexes only columns. Index a column instead, or test this "
                        + "migration against a PostgreSQL database.");
            }
        }
        return super.createIndex(new CreateIndex(op.schema(), op.table(), op.name(), op.keys(), op.isUnique(), null, false));
    }

    @Override
    public List<SqlStatement> dropIndex(DropIndex op) {
        return super.dropIndex(new DropIndex(op.schema(), op.table(), op.name(), false, op.definition()));
    }

    /** A domain over H2's ENUM type: columns of the domain accept only its values, as a PostgreSQL enum's do. */
    @Override
    public List<SqlStatement> createEnumType(CreateEnumType op) {
        return plain("CREATE DOMAIN " + dialect.qualify(op.schema(), op.name()) + " AS ENUM (" + enumValues(op.values()) + ")");
    }

    /** RESTRICT: fails while a column uses the domain, whatever H2's drop default is set to. */
    @Override
    public List<SqlStatement> dropEnumType(DropEnumType op) {
        return plain("DROP DOMAIN " + dialect.qualify(op.schema(), op.name()) + " RESTRICT");
    }

    @Override
    public List<SqlStatement> addEnumValue(AddEnumValue op) {
        throw new MigrationException("addEnumValue(\"" + op.type() + "\", \"" + op.value() + "\"): H2 cannot add a "
                + "value to an enum domain. Test migrations that extend enum types against PostgreSQL (set "
                + "MIGRATIONS_TEST_JDBC_URL or use Testcontainers), or on H2 recreate the domain: add a VARCHAR column, "
                + "copy the values, drop the old column and the domain, create the domain with the new value.");
    }
}
