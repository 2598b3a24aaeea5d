package dev.migrations.test;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The auto-configuration of {@link MigrationsTest}: the migration sets, the JPA entity model when the application
 * has one, and {@link MigrationsChecks}. The start-up upgrade is off, so that the checks start from the database
 * as it is; the entity model is captured for the entity check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("migrations")
public @interface AutoConfigureMigrations {

    /** What the migration sets do when the test's context starts: none (the default), upgrade or validate. */
    @PropertyMapping("on-startup")
    String onStartup() default "none";

    /** Whether the JPA entity model is captured, for {@link MigrationsChecks#entitiesMatchMigrations()}. */
    @PropertyMapping("autogenerate.entity-model")
    boolean entityModel() default true;
}
