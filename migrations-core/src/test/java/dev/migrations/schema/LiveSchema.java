package dev.migrations.schema;

import dev.migrations.dialect.Dialects;
import dev.migrations.runtime.RunnerSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/** Reads a test database's current schema, as autogenerate reads the live one. */
public final class LiveSchema {

    private LiveSchema() {
    }

    public static SchemaModel read(DataSource dataSource) {
        return read(dataSource, SchemaModel.empty());
    }

    /** The current schema, with the other schemas {@code target} names that the database has. */
    public static SchemaModel read(DataSource dataSource, SchemaModel target) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialects.detect(connection).schemaReader().read(connection,
                    ReadScope.currentSchema(RunnerSettings.DEFAULT_TABLE), target);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model with what may legitimately differ after a round trip taken out: column order (a re-added
     * column comes last), list order, row estimates.
     */
    public static SchemaModel canonical(SchemaModel model) {
        return SchemaModel.of(model.schema(), model.tables().values().stream().map(LiveSchema::canonical).toList(),
                model.sequences().values(), model.enumTypes().values());
    }

    private static TableModel canonical(TableModel table) {
        return new TableModel(table.name(), sorted(table.columns(), ColumnModel::name), table.primaryKey(),
                sorted(table.uniqueKeys(), UniqueKeyModel::name), sorted(table.foreignKeys(), ForeignKeyModel::name),
                sorted(table.indexes(), IndexModel::name), sorted(table.checks(), CheckModel::name), table.comment(),
                TableModel.UNKNOWN_ROWS);
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
