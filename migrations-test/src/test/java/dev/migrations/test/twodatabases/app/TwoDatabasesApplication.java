package dev.migrations.test.twodatabases.app;

import dev.migrations.test.twodatabases.app.purchases.Purchase;
import dev.migrations.test.twodatabases.app.reporting.DailyTotal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import javax.sql.DataSource;

/**
 * A service on two databases: purchases on the primary DataSource (the default migration set, its persistence unit
 * built with Boot's builder) and daily totals on the reporting one (the {@code reporting} set, its unit built by
 * hand). Declared on the application class, so that the test slice, which leaves configuration classes out, has
 * them.
 */
@SpringBootApplication
public class TwoDatabasesApplication {

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                DataSource dataSource) {
        return builder.dataSource(dataSource).packages(Purchase.class).persistenceUnit("purchases").build();
    }

    @Bean(defaultCandidate = false)
    DataSource reportingDataSource(@Value("${app.reporting.url}") String url,
                                   @Value("${app.reporting.username}") String username,
                                   @Value("${app.reporting.password}") String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean reportingEntityManagerFactory(
            @Qualifier("reportingDataSource") DataSource dataSource) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan(DailyTotal.class.getPackageName());
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        return factory;
    }
}
