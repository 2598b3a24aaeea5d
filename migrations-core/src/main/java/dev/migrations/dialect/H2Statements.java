package dev.migrations.dialect;

import dev.migrations.error.UsageException;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.IndexKey;

import java.util.List;

/**
 * H2's spelling where it differs from the shared SQL: enum types are domains, USING conversions rebuild
 * the column, partial indexes become full ones, and what H2 cannot do at all (expression indexes, unique
 * partial indexes, new enum values) fails with what to do instead.
 */
final class H2Statements extends StandardStatements {

    H2Statements(H2Dialect dialect) {
        super(dialect);
    }

    /** H2 changes a type only by its own implicit conversion: a conversion written with USING rebuilds the column. */
    @Override
    public List<SqlStatement> alterColumn(AlterColumn op) {
        if (op.type() == null || op.using() == null) {
            return super.alterColumn(op);
        }
        return rebuildColumn(op);
    }

    /**
     * CONCURRENTLY is dropped: it only asks not to block writers while building, and H2 has no such mode.
     * A non-unique partial index becomes a full index: H2 has no partial indexes, and a full one answers the
     * same queries, only with more entries.
     */
    @Override
    public List<SqlStatement> createIndex(CreateIndex op) {
        if (op.where() != null && op.isUnique()) {
            throw new UsageException("createIndex(\"" + op.name() + "\") is a unique partial index (WHERE " + op.where()
                    + "), but H2 has no partial indexes, and a full unique index would refuse rows the partial one "
                    + "allows. Test this migration against PostgreSQL (set MIGRATIONS_TEST_JDBC_URL), or enforce the "
                    + "rule another way on H2.");
        }
        for (IndexKey key : op.keys()) {
            if (key.expression() != null) {
                throw new UsageException("createIndex(\"" + op.name() + "\") has the expression key ("
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

    /**
     * Restarts the sequence where PostgreSQL's next value would be: the last value given plus the new increment.
     * H2 keeps the next value, computed with the old increment, so without the restart a sequence going from 1
     * to 50 would next give the last value plus 1, and Hibernate's pooled generator, which takes the 49 ids below
     * each value, would hand out ids already used. A sequence never goes below its start value.
     */
    @Override
    public List<SqlStatement> alterSequence(AlterSequence op) {
        String schema = op.schema() == null ? "CURRENT_SCHEMA" : dialect.literal(dialect.fold(op.schema()));
        String restart = "(SELECT GREATEST(BASE_VALUE - INCREMENT + " + op.increment() + ", START_VALUE)"
                + " FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = " + schema
                + " AND SEQUENCE_NAME = " + dialect.literal(dialect.fold(op.name())) + ")";
        return plain("ALTER SEQUENCE " + dialect.qualify(op.schema(), op.name()) + " RESTART WITH " + restart
                + " INCREMENT BY " + op.increment());
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
        throw new UsageException("addEnumValue(\"" + op.type() + "\", \"" + op.value() + "\"): H2 cannot add a "
                + "value to an enum domain. Test migrations that extend enum types against PostgreSQL (set "
                + "MIGRATIONS_TEST_JDBC_URL or use Testcontainers), or on H2 recreate the domain: add a VARCHAR column, "
                + "copy the values, drop the old column and the domain, create the domain with the new value.");
    }
}
