package dev.migrations.bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The least a command can do on Spring Boot: the environment prepared as for any application, a context with only
 * the DataSource and a JdbcTemplate, one read of the version table, then exit.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class })
public class VersionTableReader {

    public static void main(String[] args) {
        try (var context = SpringApplication.run(VersionTableReader.class, args)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            jdbc.queryForList("SELECT revision FROM migrations_version", String.class).forEach(System.out::println);
        }
    }

}
