package dev.migrations.schema;

import dev.migrations.dialect.Dialects;
import dev.migrations.fixtures.CountingDataSource;
import dev.migrations.runtime.RunnerSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** What a reader read of the current schema (and the other schemas a target names), and in how many queries. */
record CountedRead(SchemaModel model, int queries) {

    static CountedRead of(DataSource dataSource) {
        return of(dataSource, SchemaModel.empty());
    }

    static CountedRead of(DataSource dataSource, SchemaModel target) {
        CountingDataSource counting = new CountingDataSource(dataSource);
        try (Connection connection = counting.getConnection()) {
            SchemaReader reader = Dialects.detect(connection).schemaReader();
            counting.reset();
            SchemaModel model = reader.read(connection, ReadScope.currentSchema(RunnerSettings.DEFAULT_TABLE), target);
            return new CountedRead(model, counting.statements());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
