package dev.migrations.bench.tools;

import dev.migrations.bench.Phases;
import dev.migrations.bench.Tool;
import dev.migrations.bench.Workload;

import javax.sql.DataSource;

/** Runs one tool on the workload of one server: what W1, W2 and the warm JMH benchmark measure. */
public final class Migrators {

    private Migrators() {
    }

    public static void migrate(Tool tool, DataSource dataSource, Workload workload, int n, Phases phases) throws Exception {
        switch (tool) {
            case OURS -> OursMigrator.migrate(dataSource, workload, n, phases);
            case FLYWAY -> FlywayMigrator.migrate(dataSource, workload, n, phases);
            case LIQUIBASE -> {
                if (workload != Workload.POSTGRESQL) {
                    throw new IllegalArgumentException("Liquibase is measured on PostgreSQL only");
                }
                LiquibaseMigrator.migrate(dataSource, n, phases);
            }
            case PLAIN -> PlainMigrator.migrate(dataSource, workload, n, phases);
        }
    }
}
