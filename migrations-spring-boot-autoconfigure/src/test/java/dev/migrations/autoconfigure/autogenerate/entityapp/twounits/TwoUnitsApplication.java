package dev.migrations.autoconfigure.autogenerate.entityapp.twounits;

import dev.migrations.autoconfigure.autogenerate.entityapp.model.Account;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A service with two persistence units (on one database, for brevity), each built with Boot's builder as such
 * services build them; its migrations are those of {@code entityapp.current}, which create what the entities map.
 */
@SpringBootApplication
public class TwoUnitsApplication {

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Account.class).persistenceUnit("orders").build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean reportingEntityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                         DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Account.class).persistenceUnit("reporting").build();
    }
}
