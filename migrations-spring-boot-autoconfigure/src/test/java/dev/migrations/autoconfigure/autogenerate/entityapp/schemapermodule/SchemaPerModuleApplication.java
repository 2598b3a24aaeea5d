package dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule;

import dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.reporting.DailyTotal;
import dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.shop.Customer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import javax.sql.DataSource;
import java.util.Map;

/**
 * A modular service on one database, a schema and a persistence unit per module: the shop's unit in the connection's
 * schema (the default migration set), the reporting unit in schema {@code reporting} (the {@code reporting} set,
 * whose migrations create its tables there, keep its version table there, and lack a column its entity maps).
 */
@SpringBootApplication
public class SchemaPerModuleApplication {

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Customer.class).persistenceUnit("shop").build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean reportingEntityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                         DataSource dataSource) {
        return builder.dataSource(dataSource).packages(DailyTotal.class).persistenceUnit("reporting")
                .properties(Map.of("hibernate.default_schema", "reporting")).build();
    }
}
