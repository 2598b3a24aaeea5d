package dev.migrations.autogenerate;

import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.RenameTable;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Applies the renames a developer states: each one that fits (the old name is live, the new name is in the
 * target and not yet live) becomes a rename operation, and the live model is renamed to match, keys, indexes
 * and checks included, so that the rest of the comparison sees one table or column, not a drop and an add.
 * A rename whose old name is gone and whose new name is live has been applied already and is passed over
 * quietly; any other that does not fit is reported.
 */
final class StatedRenames {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Plan plan;
    private final String schema;
    private SchemaModel live;

    private StatedRenames(Plan plan, SchemaModel live) {
        this.plan = plan;
        this.schema = live.schema();
        this.live = live;
    }

    /** The live model as it is after the renames, which are added to {@code plan}. */
    static SchemaModel apply(Plan plan, SchemaModel live, SchemaModel target, List<Rename> renames) {
        StatedRenames applying = new StatedRenames(plan, live);
        renames.stream().filter(r -> r instanceof Rename.Table).forEach(r -> applying.table((Rename.Table) r, target));
        renames.stream().filter(r -> r instanceof Rename.Column).forEach(r -> applying.column((Rename.Column) r, target, renames));
        return applying.live;
    }

    private void table(Rename.Table rename, SchemaModel target) {
        Optional<TableModel> old = live.table(rename.from());
        Optional<TableModel> renamed = target.table(rename.to());
        if (old.isEmpty() && live.table(rename.to()).isPresent()) {
            return; // done already: a rename annotation stays on the entity after its migration ran
        }
        if (old.isEmpty() && renamed.isPresent() && dropsNoTable(target)) {
            // A new database: the table is created under its new name. Were a table dropped, the rename might
            // be mistyped, and the warning would be what saves its rows.
            return;
        }
        if (old.isEmpty() || renamed.isEmpty() || (live.table(rename.to()).isPresent() && !NameKey.same(rename.from(), rename.to()))) {
            ignored("table rename " + rename.from() + "=" + rename.to(), old.isEmpty() ? "the database has no table "
                    + rename.from() : renamed.isEmpty() ? "the model has no table " + rename.to()
                    : "the database already has a table " + rename.to());
            return;
        }
        String from = old.get().name();
        String to = renamed.get().name();
        plan.add(Phase.RENAMES, new RenameTable(schema, from, to));
        List<TableModel> tables = new ArrayList<>();
        for (TableModel table : live.tables().values()) {
            TableModel t = NameKey.same(table.name(), from) ? table.named(to) : table;
            tables.add(t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.referencedSchema() == null && NameKey.same(fk.referencedTable(), from)
                            ? new ForeignKeyModel(fk.name(), fk.columns(), null, to, fk.referencedColumns(), fk.onDelete(), fk.onUpdate())
                            : fk)
                    .toList()));
        }
        live = SchemaModel.of(live.schema(), tables, live.sequences().values(), live.enumTypes().values());
    }

    private boolean dropsNoTable(SchemaModel target) {
        return live.tables().values().stream().allMatch(table -> target.table(table.name()).isPresent());
    }

    /** The table is named as in the target; its old name is accepted too when the table is renamed as well. */
    private void column(Rename.Column rename, SchemaModel target, List<Rename> renames) {
        String tableName = renames.stream().filter(r -> r instanceof Rename.Table t && NameKey.same(t.from(), rename.table()))
                .map(r -> ((Rename.Table) r).to()).findFirst().orElse(rename.table());
        String what = "column rename " + rename.table() + "." + rename.from() + "=" + rename.to();
        Optional<TableModel> table = live.table(tableName);
        Optional<ColumnModel> targetColumn = target.table(tableName).flatMap(t -> t.column(rename.to()));
        if (table.isEmpty()) {
            if (targetColumn.isEmpty()) {
                ignored(what, "the database has no table " + tableName);
            } // else a new database: the table is created with the column under its new name
            return;
        }
        Optional<ColumnModel> old = table.get().column(rename.from());
        if (old.isEmpty() && table.get().column(rename.to()).isPresent()) {
            return; // done already
        }
        if (old.isEmpty() || targetColumn.isEmpty()
                || (table.get().column(rename.to()).isPresent() && !NameKey.same(rename.from(), rename.to()))) {
            ignored(what, old.isEmpty() ? "table " + tableName + " has no column " + rename.from() + " in the database"
                    : targetColumn.isEmpty() ? "the model's table " + tableName + " has no column " + rename.to()
                    : "table " + tableName + " already has a column " + rename.to() + " in the database");
            return;
        }
        String tableNow = table.get().name();
        String from = old.get().name();
        String to = targetColumn.get().name();
        plan.add(Phase.RENAMES, AlterColumn.of(tableNow, from).inSchema(schema).rename(to));
        List<TableModel> tables = new ArrayList<>();
        for (TableModel t : live.tables().values()) {
            TableModel renamed = NameKey.same(t.name(), tableNow) ? renameInTable(t, from, to) : t;
            tables.add(renamed.withForeignKeys(renamed.foreignKeys().stream()
                    .map(fk -> fk.referencedSchema() == null && NameKey.same(fk.referencedTable(), tableNow)
                            ? new ForeignKeyModel(fk.name(), fk.columns(), null, fk.referencedTable(),
                                    rename(fk.referencedColumns(), from, to), fk.onDelete(), fk.onUpdate())
                            : fk)
                    .toList()));
        }
        live = SchemaModel.of(live.schema(), tables, live.sequences().values(), live.enumTypes().values());
    }

    private static TableModel renameInTable(TableModel table, String from, String to) {
        UnaryOperator<String> expression = sql -> renameIdentifier(sql, from, to);
        return table
                .withColumns(table.columns().stream().map(c -> NameKey.same(c.name(), from) ? c.named(to) : c).toList())
                .withPrimaryKey(table.primaryKey() == null ? null
                        : new PrimaryKeyModel(table.primaryKey().name(), rename(table.primaryKey().columns(), from, to)))
                .withUniqueKeys(table.uniqueKeys().stream()
                        .map(u -> new UniqueKeyModel(u.name(), rename(u.columns(), from, to))).toList())
                .withForeignKeys(table.foreignKeys().stream()
                        .map(fk -> new ForeignKeyModel(fk.name(), rename(fk.columns(), from, to), fk.referencedSchema(),
                                fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())).toList())
                .withIndexes(table.indexes().stream()
                        .map(i -> new IndexModel(i.name(), i.keys().stream().map(k -> renameKey(k, from, to, expression)).toList(),
                                i.unique(), i.where() == null ? null : expression.apply(i.where()))).toList())
                .withChecks(table.checks().stream()
                        .map(c -> new CheckModel(c.name(), expression.apply(c.condition()))).toList());
    }

    private static IndexKey renameKey(IndexKey key, String from, String to, UnaryOperator<String> expression) {
        IndexKey renamed = key.column() != null
                ? IndexKey.column(NameKey.same(key.column(), from) ? to : key.column())
                : IndexKey.expression(expression.apply(key.expression()));
        return key.descending() ? renamed.desc() : renamed;
    }

    private static List<String> rename(List<String> columns, String from, String to) {
        return columns.stream().map(c -> NameKey.same(c, from) ? to : c).toList();
    }

    /**
     * The expression with every identifier naming {@code from} replaced by {@code to}: not inside string
     * literals, not a function name, not a type after {@code ::}. The rest of the text is kept as written.
     */
    static String renameIdentifier(String sql, String from, String to) {
        List<SqlTokens.Token> tokens = SqlTokens.of(sql);
        StringBuilder result = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token token = tokens.get(i);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            boolean type = i > 0 && tokens.get(i - 1).is("::");
            if (token.isIdentifier() && NameKey.same(token.value(), from) && !call && !type) {
                result.append(sql, copied, token.start());
                result.append(PLAIN_IDENTIFIER.matcher(to).matches() ? to : '"' + to.replace("\"", "\"\"") + '"');
                copied = token.end();
            }
        }
        return result.append(sql.substring(copied)).toString();
    }

    private void ignored(String what, String why) {
        plan.warn(new ComparisonWarning(ComparisonWarning.Kind.IGNORED_RENAME,
                "The stated " + what + " does not apply: " + why + ". Check the names, or drop the rename."));
    }
}
