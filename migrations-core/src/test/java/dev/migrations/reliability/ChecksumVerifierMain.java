package dev.migrations.reliability;

import dev.migrations.Migrations;
import dev.migrations.RevisionStatus;

import javax.sql.DataSource;
import java.util.List;

/**
 * A restart in a JVM of its own: loads {@link SeedDataMigrations}, upgrades (which refuses an edited revision),
 * and prints what it saw: {@code ORDER} the key order this JVM gives a Map.of of ten keys, {@code STATE} each
 * revision's state and checksum. Exits 1 when the upgrade refuses.
 *
 * <p>Arguments: JDBC URL, user, password.
 */
public final class ChecksumVerifierMain {

    private ChecksumVerifierMain() {
    }

    public static void main(String[] args) {
        DataSource dataSource = ChildJvm.dataSource(args[0], args[1], args[2], "checksum-verifier");
        System.out.println("ORDER " + SeedDataMigrations.row(SeedDataMigrations.MAX_KEYS, 0).keySet());
        try {
            Migrations migrations = Migrations.builder(dataSource)
                    .migrationClasses(SeedDataMigrations.classes().toArray(Class[]::new)).build();
            migrations.upgrade();
            List<RevisionStatus> history = migrations.history();
            history.forEach(s -> System.out.println("STATE " + s.revision() + " " + s.state() + " " + s.checksum()));
        } catch (RuntimeException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.exit(1);
        }
    }
}
