package dev.migrations.autoconfigure;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells Boot which R2DBC beans use the database, so that they wait for the migrations, as Boot's own detector makes
 * {@code JdbcTemplate} wait: a component that reads a table through {@code DatabaseClient} (or a Spring Data R2DBC
 * repository, through {@code R2dbcEntityOperations}) as it is created would otherwise run before the table exists.
 * Boot has no such detector for R2DBC; the connection factory itself is left alone, as R2DBC's own script initializer
 * needs it. Listed in {@code spring.factories}; types absent from the class path are skipped.
 */
class R2dbcDependsOnMigrationsDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    private static final String[] USERS = {"org.springframework.r2dbc.core.DatabaseClient",
            "org.springframework.data.r2dbc.core.R2dbcEntityOperations"};

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        ClassLoader classLoader = getClass().getClassLoader();
        Set<Class<?>> types = new LinkedHashSet<>();
        Stream.of(USERS).filter(name -> ClassUtils.isPresent(name, classLoader))
                .forEach(name -> types.add(ClassUtils.resolveClassName(name, classLoader)));
        return types;
    }
}
