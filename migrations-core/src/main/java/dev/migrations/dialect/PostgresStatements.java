package dev.migrations.dialect;

import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.DropEnumType;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's spelling where it differs from the shared SQL: type changes with USING, enum types. */
final class PostgresStatements extends StandardStatements {

    PostgresStatements(PostgresDialect dialect) {
        super(dialect);
    }

    /**
     * {@code TYPE t USING expr}, with an explicit cast when no expression is given: PostgreSQL converts only
     * where an assignment cast exists, so without it a reversed change (integer back to varchar, say) would
     * convert but its forward change (varchar to integer) would not.
     */
    @Override
    protected String changeType(AlterColumn op) {
        String type = dialect.typeName(op.type(), op.schema());
        // There is no cast from one enum type to another, or to an enum from most types: text converts both ways.
        String viaText = op.type().kind() == TypeKind.ENUM ? "::text" : "";
        String using = op.using() != null ? op.using() : dialect.quote(op.column()) + viaText + "::" + type;
        return "TYPE " + type + " USING " + using;
    }

    /** PostgreSQL computes generated columns when a row is written, and says so. */
    @Override
    protected String generatedStorage() {
        return " STORED";
    }

    @Override
    public List<SqlStatement> createEnumType(CreateEnumType op) {
        String type = dialect.qualify(op.schema(), op.name());
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TYPE " + type + " AS ENUM (" + enumValues(op.values()) + ")");
        if (op.textCasts()) {
            sql.add("CREATE CAST (varchar AS " + type + ") WITH INOUT AS IMPLICIT");
            sql.add("CREATE CAST (" + type + " AS varchar) WITH INOUT AS IMPLICIT");
        }
        return plain(sql);
    }

    /**
     * Never CASCADE: that would silently drop every column of the type. The casts from and to varchar that
     * Hibernate creates beside a named enum depend on the type, so they go first, if there are any.
     */
    @Override
    public List<SqlStatement> dropEnumType(DropEnumType op) {
        String type = dialect.qualify(op.schema(), op.name());
        return plain(List.of("DROP CAST IF EXISTS (varchar AS " + type + ")",
                "DROP CAST IF EXISTS (" + type + " AS varchar)", "DROP TYPE " + type));
    }

    @Override
    public List<SqlStatement> addEnumValue(AddEnumValue op) {
        String position = op.before() != null ? " BEFORE " + dialect.literal(op.before())
                : op.after() != null ? " AFTER " + dialect.literal(op.after()) : "";
        return plain("ALTER TYPE " + dialect.qualify(op.schema(), op.type()) + " ADD VALUE " + dialect.literal(op.value())
                + position);
    }
}
