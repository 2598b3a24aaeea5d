package dev.migrations.autoconfigure;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import javax.sql.DataSource;

/**
 * Something to migrate: a DataSource bean, or {@code migrations.url} where the application has none (one on R2DBC),
 * as Boot's Flyway starter takes {@code spring.flyway.url}.
 */
class OnDataSourceOrMigrationsUrl extends AnyNestedCondition {

    OnDataSourceOrMigrationsUrl() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    static class DataSourceBean {
    }

    @ConditionalOnProperty("migrations.url")
    static class MigrationsUrl {
    }
}
