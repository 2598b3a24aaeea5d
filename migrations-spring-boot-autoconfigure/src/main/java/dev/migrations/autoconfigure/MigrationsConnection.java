package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The connection settings of a set's own ({@code migrations.url}, {@code migrations.user},
 * {@code migrations.password}; a named set's under {@code migrations.sets.<name>}), as Flyway's {@code spring.flyway.user}:
 * the migrations connect as a user that owns the schema while the application's pool connects as one that only
 * reads and writes data. What is not given is taken from the set's DataSource.
 */
record MigrationsConnection(String url, String user, String password) {

    /** A URL or user set to nothing (overriding a profile's, say) is not given; an empty password is a password. */
    MigrationsConnection {
        url = url == null || url.isBlank() ? null : url;
        user = user == null || user.isBlank() ? null : user;
    }

    boolean isGiven() {
        return url != null || user != null || password != null;
    }

    /**
     * {@code dataSource} itself when nothing is given; else a DataSource without a pool derived from it, as a run
     * needs one connection (two on H2) and the application's pool should not hold the owner's. Without a
     * {@code dataSource} (an application on R2DBC has no JDBC one), made from the URL alone.
     */
    DataSource applyTo(DataSource dataSource) {
        if (!isGiven() && dataSource != null) {
            return dataSource;
        }
        if (dataSource == null && url == null) {
            throw new ConfigurationException("The migrations have no DataSource: the application declares none, and "
                    + "migrations.url is not set. Configure spring.datasource.url, or migrations.url (with "
                    + "migrations.user and migrations.password; migrations.sets.<name>.url for a named set) for the "
                    + "migrations alone.");
        }
        DataSourceBuilder<SimpleDriverDataSource> builder = (dataSource == null ? DataSourceBuilder.create()
                : DataSourceBuilder.derivedFrom(dataSource)).type(SimpleDriverDataSource.class);
        if (url != null) {
            builder.url(url);
            // The derived driver is the set's DataSource's, which may serve another database.
            String driver = DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
            if (driver != null) {
                builder.driverClassName(driver);
            }
        }
        if (user != null) {
            builder.username(user);
        }
        if (password != null) {
            builder.password(password);
        }
        return builder.build();
    }

    /**
     * The JDBC URL {@code dataSource} connects to, read from its settings without connecting; empty for a kind of
     * DataSource whose URL Spring Boot cannot read (a routing one, say).
     */
    static Optional<String> urlOf(DataSource dataSource) {
        try {
            return Optional.ofNullable(DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class)
                    .build().getUrl());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
