package dev.migrations.autoconfigure.twosetsapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * An application with two databases: orders (the primary DataSource, the default migration set) and audit
 * (the {@code audit} set, configured under {@code migrations.sets.audit}).
 */
@SpringBootApplication
public class TwoSetsApplication {

    @Bean
    @Primary
    DataSource dataSource(@Value("${app.orders.url}") String url, @Value("${app.orders.username}") String username,
            @Value("${app.orders.password}") String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }

    @Bean(defaultCandidate = false)
    DataSource auditDataSource(@Value("${app.audit.url}") String url, @Value("${app.audit.username}") String username,
            @Value("${app.audit.password}") String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }
}
