package dev.migrations.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where pg_dump connects, read from the JDBC URLs pgJDBC accepts. */
class PostgresDumpTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example.com:6432/shop?sslmode=require | db.example.com | 6432 | shop",
            "jdbc:postgresql://db.example.com/shop                      | db.example.com | 5432 | shop",
            "jdbc:postgresql://primary:5433,replica:5434/shop            | primary        | 5433 | shop",
            "jdbc:postgresql://[::1]:5439/shop                          | ::1            | 5439 | shop",
            "jdbc:postgresql://[::1]/shop                               | ::1            | 5432 | shop",
            "jdbc:postgresql:shop                                       | localhost      | 5432 | shop",
            "jdbc:postgresql://localhost/my%20shop                      | localhost      | 5432 | my shop"})
    void readsTheFirstHostThePortAndTheDatabase(String url, String host, String port, String database) {
        PostgresDump.Target target = PostgresDump.Target.of(url);

        assertThat(target.host()).isEqualTo(host);
        assertThat(target.port()).isEqualTo(port);
        assertThat(target.database()).isEqualTo(database);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://h/shop?user=app&password=s%26cret | s&cret",
            "jdbc:postgresql://h/shop?ssl=true                   | ''"})
    void aPasswordInTheUrlIsTheOneDumpUses(String url, String password) {
        assertThat(PostgresDump.Target.of(url).parameters().getOrDefault("password", "")).isEqualTo(password);
    }
}
