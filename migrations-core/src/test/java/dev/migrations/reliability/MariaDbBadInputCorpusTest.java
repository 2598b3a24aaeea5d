package dev.migrations.reliability;

import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.reliability.BadRevisions.RunsTooLong;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corpus on MariaDB, with the cases where its server answers in its own words. */
class MariaDbBadInputCorpusTest extends BadInputCorpusContract {

    @RegisterExtension
    static TestDatabase mariadb = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return mariadb;
    }

    @Test
    void aWrongPasswordIsReportedWithoutThePasswordAndNothingIsApplied() throws SQLException {
        String wrongPassword = "Wr0ng-" + UUID.randomUUID();
        MariaDbDataSource dataSource = new MariaDbDataSource(db.jdbcUrl());
        dataSource.setUser(db.user());
        dataSource.setPassword(wrongPassword);
        Migrations migrations = Migrations.builder(dataSource).migrations(BadRevisions.chain()).build();

        assertThatThrownBy(migrations::upgrade).isInstanceOf(DatabaseAccessException.class)
                .hasMessageContaining("Cannot connect to the database")
                .hasMessageContaining("Access denied for user")
                .hasMessageContaining("Check the URL, user and password")
                .satisfies(e -> {
                    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                        assertThat(cause.toString()).doesNotContain(wrongPassword);
                    }
                });
        assertUntouched();
    }

    /**
     * MariaDB bounds the statement with max_statement_time. Its DDL commits at once, so the table created before
     * the slow statement stays and the revision is FAILED, named with the statement, until repaired.
     */
    @Test
    void aStatementRunningPastTheRevisionsStatementTimeoutFailsNamingItAndIsMarkedFailed() {
        long start = System.nanoTime();
        Migrations migrations = migrations(new RunsTooLong());

        assertThatThrownBy(migrations::upgrade)
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> assertThat(e.revision()).isEqualTo("stm00001"))
                .hasMessageContaining("Upgrade to revision stm00001 (runs too long) failed at statement: SELECT SLEEP(5)")
                .hasMessageContaining("max_statement_time")
                .hasMessageContaining("migrations repair stm00001");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(probe.versionRows()).containsExactly(Map.entry("stm00001", RevisionState.FAILED.name()));
        assertThat(probe.userTables()).containsExactly("too_long");
    }
}
