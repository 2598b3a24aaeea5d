package dev.migrations.autoconfigure.actuate.twosetsapp;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

/**
 * A service with two databases: the default migration set on the primary one, and the {@code audit} set (the
 * migrations of the {@code audit} package) on the other.
 */
@SpringBootApplication
public class TwoSetsTestApplication {

    @Bean
    @Primary
    DataSource dataSource(Environment environment) {
        return dataSource(environment, "orders");
    }

    @Bean
    DataSource auditDataSource(Environment environment) {
        return dataSource(environment, "audit");
    }

    private static DataSource dataSource(Environment environment, String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(environment.getRequiredProperty("test." + name + ".url"));
        dataSource.setUser(environment.getRequiredProperty("test." + name + ".user"));
        dataSource.setPassword(environment.getProperty("test." + name + ".password", ""));
        return dataSource;
    }
}
