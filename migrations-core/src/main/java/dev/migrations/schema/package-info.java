/**
 * The schema model (tables, columns, keys, indexes, checks, sequences, enum types) and the readers that load
 * it from a live database in bulk: a handful of catalog queries, one per kind of object, whatever the number
 * of tables.
 *
 * <p><b>Names.</b> Every name is kept as the database stores it: PostgreSQL folds unquoted names to lower
 * case, H2 to upper case. Names are matched case-insensitively ({@link NameKey}), as they would be if written
 * unquoted, which is how every operation writes them: the dialect folds each name before quoting it. Two
 * names that differ only in case (created quoted) are therefore one name to this model.
 */
package dev.migrations.schema;
