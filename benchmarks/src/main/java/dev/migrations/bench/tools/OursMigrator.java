package dev.migrations.bench.tools;

import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.bench.Phases;
import dev.migrations.bench.Workload;

import javax.sql.DataSource;
import java.util.List;

/**
 * This project, as a plain-Java user runs it: the revisions' instances, the facade, {@code upgrade()}. The classes
 * are the generated {@code dev.migrations.bench.gen.n<N>.M<i>}, listed by their {@code Revisions.all()}.
 */
public final class OursMigrator {

    private OursMigrator() {
    }

    public static void migrate(DataSource dataSource, Workload workload, int n, Phases phases) {
        List<MigrationScript> revisions = revisions(workload, n);
        phases.lap("load and instantiate the migration classes");
        Migrations migrations = Migrations.builder(dataSource).migrations(revisions).build();
        phases.lap("build: annotations, checksums, graph");
        migrations.upgrade();
        phases.lap("upgrade: connect, read state, verify, plan (and apply)");
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
