package dev.migrations.ops;

/**
 * One key of an index: a column (quoted) or an expression (written as given), optionally descending.
 */
public record IndexKey(String column, String expression, boolean descending) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false);
    }

    public static IndexKey expression(String sqlExpression) {
        return new IndexKey(null, sqlExpression, false);
    }

    public IndexKey desc() {
        return new IndexKey(column, expression, true);
    }
}
