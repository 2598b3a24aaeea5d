package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsCheckSuite.DataRoundTrip;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the good application's suites share: its committed checksums and its data round trip. */
final class GoodChecks {

    static final Path CHECKSUMS = Path.of("src/test/resources/goodapp-checksums.txt");

    private GoodChecks() {
    }

    /** A name written with spaces before the trimming revision comes out trimmed. */
    static DataRoundTrip trimmedNames() {
        return new DataRoundTrip("600d0002",
                dataSource -> new JdbcTemplate(dataSource).update(
                        "INSERT INTO customers (id, name, email) VALUES (1, '  Ada  ', 'ada@example.com')"),
                dataSource -> assertThat(new JdbcTemplate(dataSource).queryForObject(
                        "SELECT name FROM customers WHERE id = 1", String.class)).isEqualTo("Ada"));
    }
}
