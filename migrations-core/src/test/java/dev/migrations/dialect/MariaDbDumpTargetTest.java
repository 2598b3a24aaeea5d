package dev.migrations.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where mariadb-dump connects, read from the JDBC URLs the MariaDB and MySQL drivers accept. */
class MariaDbDumpTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:mariadb://db.example.com:3307/shop?useSsl=true | db.example.com | 3307 | shop",
            "jdbc:mysql://db.example.com/shop                    | db.example.com | 3306 | shop",
            "jdbc:mariadb://primary:3310,replica:3311/shop       | primary        | 3310 | shop",
            "jdbc:mariadb://[::1]:3308/shop                      | ::1            | 3308 | shop",
            "jdbc:mariadb://localhost/                           | localhost      | 3306 | fromcatalog"})
    void readsTheFirstHostThePortAndTheDatabase(String url, String host, String port, String database) {
        MariaDbDump.Target target = MariaDbDump.Target.of(url, "fromcatalog");

        assertThat(target.host()).isEqualTo(host);
        assertThat(target.port()).isEqualTo(port);
        assertThat(target.database()).isEqualTo(database);
    }
}
