package dev.migrations.sample.command;

import dev.migrations.sample.command.SampleJar.Result;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample's command mode with the mariadb profile, against a fresh MariaDB database: the twelve
 * revisions apply, the entities match them ({@code check}), the merge downgrades, and an offline script is
 * written in MariaDB's SQL.
 */
class CommandModeOnMariaDbJarIT {

    private static final String HEAD = "e7f6ada0098e";

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    private final SampleJar sample = SampleJar.on(db).with("spring.profiles.active", "mariadb");

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void upgradeCurrentCheckAndDowngradeWorkAsOnPostgres() {
        Result upgrade = sample.run("upgrade");
        Result current = sample.run("current");
        Result check = sample.run("check");
        Result downgrade = sample.run("downgrade", "-1");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.outLines()).hasSize(13).last().isEqualTo("Now at: " + HEAD + " (head) (mergepoint)");
        assertThat(current.out()).isEqualTo(HEAD + " (head) (mergepoint)\n");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).startsWith("OK: the database is at the code's heads");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        assertThat(downgrade.outLines().get(0)).startsWith("Running downgrade " + HEAD);
    }

    @Test
    void anEntityChangeWithoutAMigrationFailsCheck() {
        sample.run("upgrade");
        db.execute("ALTER TABLE notes DROP COLUMN body");

        Result check = sample.run("check");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("notes", "body");
    }

    @Test
    void upgradeSqlIsWrittenInMariaDbsSql() throws SQLException {
        Result sql = sample.run("upgrade", "head", "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE `users`", "AUTO_INCREMENT",
                "`status` ENUM('PENDING','ACTIVE','SUSPENDED') DEFAULT 'PENDING' NOT NULL");
        assertThat(sql.out()).doesNotContain("CREATE TYPE", "WHERE is_active");
        assertThat(tableCount()).isZero();
    }

    private static int tableCount() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
