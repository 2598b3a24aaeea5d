package dev.migrations.ops;

/**
 * Names of tables, columns, constraints and the like, as operations hold them. A name is folded as the database
 * folds an unquoted one ({@code users} is {@code USERS} on H2), unless it is written in double quotes, which keep
 * its exact case on every database: {@code op.createTable(Identifiers.exact("order"), ...)}, as Hibernate's
 * {@code @Table(name = "\"order\"")} maps it.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The name, kept exactly as written: {@code "order"}. */
    public static String exact(String name) {
        return isExact(name) ? name : '"' + name + '"';
    }

    /** Whether the name is written in double quotes, to keep its case. */
    public static boolean isExact(String name) {
        return name != null && name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"';
    }

    /** The name without the quotes that keep its case: what the database stores for an exact name. */
    public static String bare(String name) {
        return isExact(name) ? name.substring(1, name.length() - 1) : name;
    }
}
