package dev.migrations.bench.tools;

import dev.migrations.bench.Phases;
import dev.migrations.bench.Workload;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Flyway with its defaults (validate-on-migrate among them), on the SQL files of the workload, found on the class
 * path as Spring Boot's auto-configuration points it at them.
 */
public final class FlywayMigrator {

    private FlywayMigrator() {
    }

    public static void migrate(DataSource dataSource, Workload workload, int n, Phases phases) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(workload.flywayLocation(n))
                .load();
        phases.lap("configure and load");
        flyway.migrate();
        phases.lap("migrate (validate, apply)");
    }
}
