package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases;

import dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.analytics.PageView;
import dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.legacy.LegacyCustomer;
import dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.orders.Invoice;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * A service on three databases, set up as multi-database services usually are: each persistence unit built by hand
 * (a factory bean with Hibernate's vendor adapter, not Boot's builder), with its own repositories and transaction
 * manager. Orders is the default migration set, analytics the {@code analytics} set, and legacy is read by the
 * service but migrated by no set.
 */
@SpringBootApplication
public class SeveralDatabasesApplication {

    static LocalContainerEntityManagerFactoryBean unit(DataSource dataSource, Class<?> entities) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan(entities.getPackageName());
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        return factory;
    }

    static DataSource dataSource(String url, String username, String password) {
        return DataSourceBuilder.create().url(url).username(username).password(password).build();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = Invoice.class,
            entityManagerFactoryRef = "ordersEntityManagerFactory", transactionManagerRef = "ordersTransactionManager")
    static class Orders {

        @Bean
        @Primary
        DataSource ordersDataSource(@Value("${app.orders.url}") String url,
                                    @Value("${app.orders.username}") String user,
                                    @Value("${app.orders.password}") String password) {
            return dataSource(url, user, password);
        }

        @Bean
        @Primary
        LocalContainerEntityManagerFactoryBean ordersEntityManagerFactory(
                @Qualifier("ordersDataSource") DataSource dataSource) {
            return unit(dataSource, Invoice.class);
        }

        @Bean
        @Primary
        PlatformTransactionManager ordersTransactionManager(
                @Qualifier("ordersEntityManagerFactory") EntityManagerFactory factory) {
            return new JpaTransactionManager(factory);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(basePackageClasses = PageView.class,
            entityManagerFactoryRef = "analyticsEntityManagerFactory",
            transactionManagerRef = "analyticsTransactionManager")
    static class Analytics {

        @Bean(defaultCandidate = false)
        DataSource analyticsDataSource(@Value("${app.analytics.url}") String url,
                                       @Value("${app.analytics.username}") String user,
                                       @Value("${app.analytics.password}") String password) {
            return dataSource(url, user, password);
        }

        @Bean
        LocalContainerEntityManagerFactoryBean analyticsEntityManagerFactory(
                @Qualifier("analyticsDataSource") DataSource dataSource) {
            return unit(dataSource, PageView.class);
        }

        @Bean
        PlatformTransactionManager analyticsTransactionManager(
                @Qualifier("analyticsEntityManagerFactory") EntityManagerFactory factory) {
            return new JpaTransactionManager(factory);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Legacy {

        @Bean(defaultCandidate = false)
        DataSource legacyDataSource(@Value("${app.legacy.url}") String url,
                                    @Value("${app.legacy.username}") String user,
                                    @Value("${app.legacy.password}") String password) {
            return dataSource(url, user, password);
        }

        @Bean
        LocalContainerEntityManagerFactoryBean legacyEntityManagerFactory(
                @Qualifier("legacyDataSource") DataSource dataSource) {
            return unit(dataSource, LegacyCustomer.class);
        }
    }
}
