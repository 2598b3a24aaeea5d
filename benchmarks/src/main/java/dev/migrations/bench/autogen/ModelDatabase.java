package dev.migrations.bench.autogen;

import dev.migrations.autogenerate.ComparisonOptions;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.HibernateModelReader;
import dev.migrations.autogenerate.SchemaComparator;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.SqlStatement;
import dev.migrations.ops.Operation;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.schema.ReadScope;
import dev.migrations.schema.SchemaModel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings an empty database to the model (scenarios b and c): autogenerate against it, then the operations of the
 * migration it generates, run as the runner runs them (the dialect's statements, one transaction); for scenario c,
 * the {@link Drift} on top. Not timed.
 */
final class ModelDatabase {

    private ModelDatabase() {
    }

    /** @return the number of operations applied */
    static int prepare(DataSource dataSource, boolean drift) throws SQLException {
        SchemaModel target = new HibernateModelReader().build(EntityModel.entities(), EntityModel.settings());
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialects.detect(connection);
            SchemaModel live = dialect.schemaReader().read(connection,
                    ReadScope.currentSchema(RunnerSettings.DEFAULT_TABLE));
            if (!live.tables().isEmpty()) {
                throw new IllegalStateException("Not an empty database: " + live.tables().size() + " tables");
            }
            ComparisonResult result = new SchemaComparator().compare(target, live, ComparisonOptions.defaults(dialect));
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Operation operation : result.operations()) {
                    for (SqlStatement sql : dialect.statements(operation)) {
                        if (sql.hasParameters()) {
                            throw new IllegalStateException("Unexpected parameterised statement for " + operation);
                        }
                        statement.execute(sql.sql());
                    }
                }
                if (drift) {
                    for (Drift.Change change : Drift.CHANGES) {
                        statement.execute(change.sql());
                    }
                }
            }
            connection.commit();
            return result.operations().size();
        }
    }
}
