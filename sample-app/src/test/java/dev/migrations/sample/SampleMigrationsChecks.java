package dev.migrations.sample;

import dev.migrations.test.MigrationsCheckSuite.DataRoundTrip;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sample's check suites declare besides the defaults: the backfill's data round trip. */
final class SampleMigrationsChecks {

    private SampleMigrationsChecks() {
    }

    /** A user written before the full_name backfill has it filled from the first and last names. */
    static DataRoundTrip fullNameBackfill() {
        return new DataRoundTrip("c7647e19db9b",
                dataSource -> new JdbcTemplate(dataSource).update("INSERT INTO users (email, first_name, last_name) "
                        + "VALUES ('ada@example.com', 'Ada', 'Lovelace')"),
                dataSource -> assertThat(new JdbcTemplate(dataSource).queryForObject(
                        "SELECT full_name FROM users WHERE email_address = 'ada@example.com'", String.class))
                        .isEqualTo("Ada Lovelace"));
    }
}
