package dev.migrations.dialect;

import dev.migrations.error.UnsupportedDatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offline names, the unsupported-database message, and H2 detection across its identifier settings. */
class DialectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "postgres", "PostgreSQL", " POSTGRES "})
    void namesPostgresInAnyCase(String name) {
        assertThat(Dialects.named(name)).isInstanceOf(PostgresDialect.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "H2"})
    void namesH2WhichThenFoldsToUpperCase(String name) {
        Dialect dialect = Dialects.named(name);

        assertThat(dialect).isInstanceOf(H2Dialect.class);
        assertThat(dialect.fold("users")).isEqualTo("USERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "MariaDB", "mysql", "MySQL"})
    void namesMariaDbAndMySqlWhichKeepNamesAsWrittenInBackticks(String name) {
        Dialect dialect = Dialects.named(name);

        assertThat(dialect).isInstanceOf(MariaDbDialect.class);
        assertThat(dialect.name()).isEqualToIgnoringCase(name);
        assertThat(dialect.quote("Users")).isEqualTo("`Users`");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Dialects.named("oracle"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("'oracle'")
                .hasMessageContaining("postgresql (or postgres), mariadb, mysql, h2");
    }

    @Test
    void theUnsupportedDatabaseMessageNamesWhatWasFoundAndWhatIsSupported() {
        String message = Dialects.unsupportedDatabaseMessage("MySQL", "5.7.44");

        assertThat(message).isEqualTo("The database is MySQL 5.7.44, which migrations does not support. Supported are "
                + "PostgreSQL 14 or later, MariaDB 10.6 or later, MySQL 8.0 or later, and H2 2.x. Point the migrations DataSource at one of these (upgrade an older "
                + "PostgreSQL server).");
    }

    @Test
    void anOldPostgresIsNamedWithItsVersion() {
        assertThat(Dialects.unsupportedDatabaseMessage("PostgreSQL", "13.14"))
                .startsWith("The database is PostgreSQL 13.14, which migrations does not support.")
                .contains("PostgreSQL 14 or later");
    }

    @Test
    void detectsH2FoldingToUpperCaseByDefault() throws SQLException {
        try (Connection connection = h2("")) {
            Dialect dialect = Dialects.detect(connection);

            assertThat(dialect).isInstanceOf(H2Dialect.class);
            assertThat(dialect.name()).isEqualTo("H2");
            assertThat(dialect.quote("users")).isEqualTo("\"USERS\"");
        }
    }

    @Test
    void detectsH2FoldingToLowerCase() throws SQLException {
        try (Connection connection = h2(";DATABASE_TO_LOWER=TRUE")) {
            assertThat(Dialects.detect(connection).quote("Users")).isEqualTo("\"users\"");
        }
    }

    @Test
    void detectsH2KeepingNamesAsWritten() throws SQLException {
        try (Connection connection = h2(";DATABASE_TO_UPPER=FALSE")) {
            assertThat(Dialects.detect(connection).quote("Users")).isEqualTo("\"Users\"");
        }
    }

    @Test
    void h2TimeoutsResetToTheSessionsOwnDefaultsReadAtDetection() throws SQLException {
        try (Connection connection = h2(";LOCK_TIMEOUT=7000")) {
            assertThat(Dialects.detect(connection).resetSessionTimeouts())
                    .containsExactly("SET LOCK_TIMEOUT 7000", "SET QUERY_TIMEOUT 0");
        }
    }

    @Test
    void offlineH2ResetsToH2sBuiltInDefaults() {
        assertThat(Dialects.named("h2").resetSessionTimeouts())
                .containsExactly("SET LOCK_TIMEOUT 2000", "SET QUERY_TIMEOUT 0");
    }

    /** A private in-memory database: these tests are about URL settings, which a shared test database cannot vary. */
    private static Connection h2(String settings) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:dialects_" + UUID.randomUUID().toString().replace("-", "")
                + settings, "sa", "");
    }
}
