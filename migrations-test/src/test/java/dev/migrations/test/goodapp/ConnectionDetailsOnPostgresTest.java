package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ServiceConnection} container gives the slice its database as a {@link JdbcConnectionDetails} bean, with
 * no {@code spring.datasource.*} property: the checks must run on that database. The bean is declared here,
 * pointing at this test's own PostgreSQL database, as the container's would point at the container.
 */
@MigrationsTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ConnectionDetailsOnPostgresTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Autowired
    MigrationsChecks checks;

    @Test
    void theChecksRunOnTheDatabaseTheConnectionDetailsName() {
        checks.upgradesFromBase();

        assertThat(db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("customers", "migrations_version");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ServiceConnection {

        @Bean
        JdbcConnectionDetails connectionDetails() {
            return new JdbcConnectionDetails() {
                @Override
                public String getJdbcUrl() {
                    return db.jdbcUrl();
                }

                @Override
                public String getUsername() {
                    return db.user();
                }

                @Override
                public String getPassword() {
                    return db.password();
                }
            };
        }
    }
}
