package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks 2 and 7 failing: a database that is not the checks' own, and a data migration that loses a row. */
@MigrationsTest
abstract class StartAndDataFailuresContract {

    @Autowired
    MigrationsChecks checks;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropStray() {
        new JdbcTemplate(dataSource).execute("DROP TABLE IF EXISTS stray");
    }

    @Test
    void upgradeFromBaseRefusesADatabaseHoldingTablesNoMigrationCreates() {
        new JdbcTemplate(dataSource).execute("CREATE TABLE stray (id INT)");

        assertThatThrownBy(checks::upgradesFromBase)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'upgrade from base': the database is not empty at base: it "
                        + "holds table ")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("table stray"))
                .hasMessageContaining("The checks need a database of their own.");
    }

    @Test
    void aDataRoundTripNamesTheRevisionAndTheStepThatFailed() {
        assertThatThrownBy(() -> checks.dataRoundTrip("600d0002",
                db -> new JdbcTemplate(db).update("INSERT INTO customers (id, name) VALUES (7, ' Grace ')"),
                db -> assertThat(new JdbcTemplate(db).queryForObject("SELECT name FROM customers WHERE id = 7",
                        String.class)).isEqualTo(" Grace ")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'data round trip' at revision 600d0002: verifying the rows "
                        + "after `upgrade heads`: ")
                .hasMessageContaining("\"Grace\"");
    }
}
