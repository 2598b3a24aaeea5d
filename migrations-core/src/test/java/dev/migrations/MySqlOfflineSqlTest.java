package dev.migrations;

import dev.migrations.error.OfflineModeException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MySQL's SQL as {@code upgrade --sql} writes it, with no server: where MySQL differs from MariaDB (UUIDs,
 * sequences), on every machine, whether or not a MySQL server runs the live tests.
 */
class MySqlOfflineSqlTest {

    @Test
    void aRevisionIsWrittenInMySqlsSql() {
        String sql = Migrations.offline().dialect("mysql")
                .migrations(List.of(new MySqlMigrationsTest.CreateDevices())).build().upgradeSql("heads");

        assertThat(sql).contains("CREATE TABLE `devices`", "`id` BIGINT AUTO_INCREMENT", "`serial` BINARY(16) NOT NULL",
                "`kind` ENUM('PHONE','TABLET') DEFAULT 'PHONE' NOT NULL");
        assertThat(sql).doesNotContain("CREATE TYPE", "SEQUENCE");
    }

    @Test
    void aSequenceIsRefusedByName() {
        Migrations migrations = Migrations.offline().dialect("mysql").migrations(List.of(
                new MySqlMigrationsTest.CreateDevices(), new MySqlMigrationsTest.CreateSequence())).build();

        assertThatThrownBy(() -> migrations.upgradeSql("heads")).isInstanceOf(OfflineModeException.class)
                .hasMessageContaining("my000002").hasMessageContaining("order_numbers")
                .hasMessageContaining("MySQL has no sequences");
    }
}
