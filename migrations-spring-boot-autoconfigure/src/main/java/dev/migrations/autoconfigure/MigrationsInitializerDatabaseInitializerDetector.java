package dev.migrations.autoconfigure;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Boot that {@link MigrationsInitializer} initializes the database, so that the beans that use it
 * (EntityManagerFactory, JdbcTemplate, JdbcClient, jOOQ, ...) depend on it. Listed in {@code spring.factories}.
 */
class MigrationsInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsInitializer.class);
    }

    /** Before Boot's SQL scripts (schema.sql, data.sql), which may fill tables the migrations create. */
    @Override
    public int getOrder() {
        return 1;
    }
}
