package dev.migrations.dialect;

import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.UsageException;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.Types;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a column has now, read from the server, for an {@code alterColumn} that must restate the whole column
 * ({@code MODIFY COLUMN}) but does not say all of it. Only what the operation leaves unsaid is filled in.
 */
final class MariaDbColumnFacts {

    private static final String QUERY = "SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT, EXTRA"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?"
            + " AND COLUMN_NAME = ?";

    private MariaDbColumnFacts() {
    }

    static boolean restatesColumn(AlterColumn op) {
        return op.using() == null && (op.type() != null || op.nullable() != null || op.comment() != null);
    }

    static boolean knowsColumn(AlterColumn op) {
        return (op.type() != null || op.existingType() != null)
                && (op.nullable() != null || op.existingNullable() != null)
                && (op.serverDefault() != null || op.existingServerDefault() != null)
                && (op.comment() != null || op.existingComment() != null);
    }

    static AlterColumn complete(AlterColumn op, Connection connection, MariaDbDialect dialect) {
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, op.schema() == null ? null : dialect.fold(op.schema()));
            query.setString(2, dialect.fold(op.table()));
            query.setString(3, dialect.fold(op.column()));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new UsageException("alterColumn(\"" + op.table() + "\", \"" + op.column() + "\"): the table "
                            + "has no such column. Check the names, and that an earlier revision created it.");
                }
                String extra = String.valueOf(row.getString(5)).toLowerCase(Locale.ROOT);
                if (extra.contains("auto_increment") || extra.contains("generated")) {
                    throw new UsageException("alterColumn(\"" + op.table() + "\", \"" + op.column() + "\"): the column "
                            + "is " + (extra.contains("generated") ? "generated" : "AUTO_INCREMENT") + ", which a "
                            + "restated column would lose. Write the whole definition with op.execute(\"ALTER TABLE ... "
                            + "MODIFY COLUMN ...\").");
                }
                AlterColumn known = op;
                if (op.existingType() == null) {
                    known = known.existingType(Types.raw(row.getString(1)));
                }
                if (op.existingNullable() == null) {
                    known = known.existingNullable("YES".equals(row.getString(2)));
                }
                if (op.existingServerDefault() == null) {
                    String serverDefault = row.getString(3);
                    known = known.existingServerDefault(serverDefault == null || serverDefault.equals("NULL") ? null : serverDefault);
                }
                if (op.existingComment() == null) {
                    String comment = row.getString(4);
                    known = known.existingComment(comment == null || comment.isEmpty() ? null : comment);
                }
                return known;
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Reading the definition of column " + op.table() + "." + op.column()
                    + " failed (" + e.getMessage() + "). Check that the migration user may read information_schema.", e);
        }
    }
}
