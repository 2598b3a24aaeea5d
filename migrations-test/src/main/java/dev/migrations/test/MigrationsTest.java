package dev.migrations.test;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the application's migrations, as {@code @DataJpaTest} is of its repositories: a Spring Boot test slice
 * with the DataSource, the migration sets and the JPA entity model, not the web layer nor the application's own
 * components, and a {@link MigrationsChecks} bean to run the checks with. Like Boot's other slices it replaces the
 * DataSource by an embedded database unless told otherwise: {@code @AutoConfigureTestDatabase(replace = NONE)}
 * keeps the configured one (a local PostgreSQL given by properties), and a {@code @ServiceConnection}
 * Testcontainers container provides one. The migrations are not run when the context starts: the checks run
 * them.
 *
 * <p>Extend {@link MigrationsCheckSuite} to run every check, or inject {@link MigrationsChecks} and call those
 * you want.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(MigrationsTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(MigrationsTypeExcludeFilter.class)
@AutoConfigureJdbc
@AutoConfigureTestDatabase
@AutoConfigureMigrations
@ImportAutoConfiguration
public @interface MigrationsTest {

    /** Properties in {@code key=value} form added to the environment before the test runs. */
    String[] properties() default {};

    /** Whether the default filters of component scanning apply: they include no component of the application. */
    boolean useDefaultFilters() default true;

    /** Components of the application to add to the slice, such as a bean a migration takes in its constructor. */
    Filter[] includeFilters() default {};

    /** Components to leave out of the slice. */
    Filter[] excludeFilters() default {};

    /** Auto-configuration to leave out of the slice. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
