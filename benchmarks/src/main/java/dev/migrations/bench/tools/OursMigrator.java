package dev.migrations.bench.tools;

import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.bench.Phases;
import dev.migrations.bench.Workload;

import javax.sql.DataSource;
import java.util.List;

/**
 * This project, as a plain-Java user runs it: the facade over the build-time index of the generated
 * {@code dev.migrations.bench.gen.n<N>.M<i>} classes, then {@code upgrade()}. A class is loaded only when its revision
 * runs or must be verified, so a no-op start (W2) loads none. {@link #revisions} lists the instances, through the
 * workload's {@code Revisions.all()}, for the JMH build benchmark.
 */
public final class OursMigrator {

    private OursMigrator() {
    }

    public static void migrate(DataSource dataSource, Workload workload, int n, Phases phases) {
        Migrations migrations = Migrations.builder(dataSource)
                .indexedMigrations(OursMigrator.class.getClassLoader(), workload.javaPackage(n)).build();
        phases.lap("build: start reading the build-time index");
        migrations.upgrade();
        phases.lap("upgrade: connect while the index is read, read state, verify, plan (and apply)");
    }

    @SuppressWarnings("unchecked")
    public static List<MigrationScript> revisions(Workload workload, int n) {
        try {
            return (List<MigrationScript>) Class.forName(workload.javaPackage(n) + ".Revisions")
                    .getMethod("all").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No generated workload for N=" + n + ": build with -Dbench.sizes=..." + n, e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
