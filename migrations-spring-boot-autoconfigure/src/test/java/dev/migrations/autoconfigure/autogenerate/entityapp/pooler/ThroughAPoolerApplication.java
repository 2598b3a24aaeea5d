package dev.migrations.autoconfigure.autogenerate.entityapp.pooler;

import dev.migrations.autoconfigure.MigrationsDataSource;
import dev.migrations.autoconfigure.autogenerate.entityapp.model.Account;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * A JPA service whose migrations reach its database by another URL than the service does, as when the service goes
 * through a connection pooler and the migrations connect directly (here: the same database, another URL text).
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Account.class)
public class ThroughAPoolerApplication {

    @Bean
    @Primary
    DataSource dataSource(@Value("${spring.datasource.url}") String url,
                          @Value("${spring.datasource.username}") String username,
                          @Value("${spring.datasource.password}") String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }

    @Bean
    @MigrationsDataSource
    DataSource directDataSource(@Value("${spring.datasource.url}") String url,
                                @Value("${spring.datasource.username}") String username,
                                @Value("${spring.datasource.password}") String password) {
        return DataSourceBuilder.create().url(url + (url.contains("?") ? "&" : "?") + "ApplicationName=migrations")
                .username(username).password(password).build();
    }
}
