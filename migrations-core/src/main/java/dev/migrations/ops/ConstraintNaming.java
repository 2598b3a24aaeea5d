package dev.migrations.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Names for constraints the migration leaves unnamed, so that every constraint can later be dropped
 * by name: {@code pk_users}, {@code uq_users_email}, {@code fk_trades_user_id_users}, {@code ck_users_3f2a9c}.
 * Names longer than PostgreSQL's 63 characters are shortened with a hash, keeping them unique.
 */
public final class ConstraintNaming {

    static final int MAX_LENGTH = 63;

    private ConstraintNaming() {
    }

    public static String primaryKey(String table) {
        return fit("pk_" + bare(table));
    }

    public static String unique(String table, List<String> columns) {
        return fit("uq_" + bare(table) + "_" + bare(columns));
    }

    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk_" + bare(table) + "_" + bare(columns) + "_" + bare(referencedTable));
    }

    public static String check(String table, String condition) {
        return fit("ck_" + bare(table) + "_" + hash(condition).substring(0, 6));
    }

    /** A name kept exact gives its text, without the quotes, to the names made of it. */
    private static String bare(String name) {
        return Identifiers.bare(name);
    }

    private static String bare(List<String> columns) {
        return String.join("_", columns.stream().map(Identifiers::bare).toList());
    }

    /** The constraint with a conventional name when it has none. */
    public static TableConstraint named(String table, TableConstraint constraint) {
        if (constraint.name() != null) {
            return constraint;
        }
        if (constraint instanceof PrimaryKey) {
            return constraint.withName(primaryKey(table));
        }
        if (constraint instanceof UniqueConstraint u) {
            return u.withName(unique(table, u.columns()));
        }
        if (constraint instanceof ForeignKey f) {
            return f.withName(foreignKey(table, f.columns(), f.referencedTable()));
        }
        CheckConstraint c = (CheckConstraint) constraint;
        return c.withName(check(table, c.condition()));
    }

    static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        return name.substring(0, MAX_LENGTH - 9) + "_" + hash(name).substring(0, 8);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
