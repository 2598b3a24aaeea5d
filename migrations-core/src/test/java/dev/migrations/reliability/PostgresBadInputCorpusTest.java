package dev.migrations.reliability;

import dev.migrations.Migrations;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.reliability.BadRevisions.OddIdentifiers;
import dev.migrations.reliability.BadRevisions.RunsTooLong;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Duration;
import java.util.UUID;

import static dev.migrations.reliability.BadRevisions.ODD_COLUMN;
import static dev.migrations.reliability.BadRevisions.ODD_INDEX;
import static dev.migrations.reliability.BadRevisions.ODD_QUOTE_COLUMN;
import static dev.migrations.reliability.BadRevisions.ODD_TABLE;
import static dev.migrations.reliability.BadRevisions.ODD_VALUE;
import static dev.migrations.reliability.BadRevisions.folded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corpus on PostgreSQL, with the cases that speak its protocol and its catalog. */
class PostgresBadInputCorpusTest extends BadInputCorpusContract {

    @RegisterExtension
    static TestDatabase postgres = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return postgres;
    }

    @Test
    void aWrongPasswordIsReportedWithoutThePasswordAndNothingIsApplied() {
        String wrongPassword = "Wr0ng-" + UUID.randomUUID();
        try (PasswordRejectingServer server = new PasswordRejectingServer()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(server.jdbcUrl("orders"));
            dataSource.setUser("orders_app");
            dataSource.setPassword(wrongPassword);
            dataSource.setConnectTimeout(5);
            Migrations migrations = Migrations.builder(dataSource).migrations(BadRevisions.chain()).build();

            assertThatThrownBy(migrations::upgrade).isInstanceOf(DatabaseAccessException.class)
                    .hasMessageContaining("Cannot connect to the database")
                    .hasMessageContaining("password authentication failed for user \"orders_app\"")
                    .hasMessageContaining("Check the URL, user and password")
                    .satisfies(e -> {
                        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                            assertThat(cause.toString()).doesNotContain(wrongPassword);
                        }
                    });
            assertThat(server.passwordsReceived()).as("the password was sent, and refused").contains(wrongPassword);
        }
        assertUntouched();
    }

    @Test
    void anUnknownDatabaseUserIsReportedByNameAndNothingIsApplied() {
        String user = "nobody_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword("irrelevant");
        dataSource.setConnectTimeout(5);

        assertThatThrownBy(() -> Migrations.builder(dataSource).migrations(BadRevisions.chain()).build().upgrade())
                .isInstanceOf(DatabaseAccessException.class)
                .hasMessageContaining("Cannot connect to the database")
                .hasMessageContaining("role \"" + user + "\" does not exist")
                .hasMessageContaining("Check the URL, user and password");
        assertUntouched();
    }


    @Test
    void aStatementRunningPastTheRevisionsStatementTimeoutFailsNamingItAndNothingIsApplied() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> migrations(new RunsTooLong()).upgrade())
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> assertThat(e.revision()).isEqualTo("stm00001"))
                .hasMessageContaining("Upgrade to revision stm00001 (runs too long) failed at statement: SELECT pg_sleep(5)")
                .hasMessageContaining("canceling statement due to statement timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertNothingApplied();
    }


    // --- identifiers that try SQL injection through the op API ---------------------------------------------------

    @Test
    void identifiersThatTrySqlInjectionAreQuotedAndNeverExecuted() {
        db.execute("CREATE TABLE victims (id INT PRIMARY KEY)", "INSERT INTO victims VALUES (1)");

        migrations(new OddIdentifiers()).upgrade();

        assertThat(probe.count("SELECT COUNT(*) FROM victims")).as("the victims table survives").isEqualTo(1);
        // Names keep their unquoted meaning (PostgreSQL folds A-Z to lower case), quotes and semicolons included.
        String table = folded(ODD_TABLE);
        String column = folded(ODD_COLUMN);
        assertThat(probe.tables()).contains("victims", table);
        assertThat(probe.count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = ? "
                + "AND column_name IN (?, ?)", table, column, folded(ODD_QUOTE_COLUMN))).isEqualTo(2);
        assertThat(probe.count("SELECT COUNT(*) FROM pg_indexes WHERE indexname = ?", folded(ODD_INDEX))).isEqualTo(1);
        assertThat(probe.count("SELECT COUNT(*) FROM pg_class WHERE relname = ? AND obj_description(oid) = ?",
                table, ODD_VALUE)).as("the comment, stored as written").isEqualTo(1);
        assertThat(probe.count("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\" WHERE \""
                + column.replace("\"", "\"\"") + "\" = ?", ODD_VALUE)).as("the value, bound").isEqualTo(1);

        String sql = Migrations.offline().dialect("postgresql").migrations(new OddIdentifiers()).build()
                .upgradeSql("heads");
        assertThat(sql).contains("CREATE TABLE \"" + table.replace("\"", "\"\"") + "\"")
                .contains("'''); DROP TABLE victims; --'")
                .doesNotContain("\"x\"; ");
    }
}
