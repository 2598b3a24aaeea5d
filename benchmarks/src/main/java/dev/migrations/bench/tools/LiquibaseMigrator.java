package dev.migrations.bench.tools;

import dev.migrations.bench.Phases;
import dev.migrations.bench.Workload;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Liquibase as Spring Boot's {@code SpringLiquibase} runs it: one connection, {@code Liquibase.update(contexts,
 * labels)}, which takes the changelog lock and checks every changeset's checksum. Its usage analytics are off
 * ({@code -Dliquibase.analytics.enabled=false}, set by the orchestrator): they call a server on the Internet.
 */
public final class LiquibaseMigrator {

    private LiquibaseMigrator() {
    }

    public static void migrate(DataSource dataSource, int n, Phases phases) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(Workload.liquibaseChangelog(n), new ClassLoaderResourceAccessor(),
                    database);
            phases.lap("connect and configure");
            liquibase.update(new Contexts(), new LabelExpression());
            phases.lap("update (lock, parse, checksums, apply)");
        }
    }
}
