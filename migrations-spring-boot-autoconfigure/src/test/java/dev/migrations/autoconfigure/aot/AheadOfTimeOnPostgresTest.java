package dev.migrations.autoconfigure.aot;

import dev.migrations.RevisionStatus;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.scenarios.component.ComponentMigration;
import dev.migrations.autoconfigure.scenarios.injected.Greeting;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application processed ahead of time (Spring AOT, as Boot's {@code process-aot} does for a native image or
 * for {@code -Dspring.aot.enabled=true}): its bean definitions become generated code, compiled, and the context
 * starts from that code alone. The migrations, discovered and declared as components, still run before the
 * application's start completes, with their beans and JDBC accessors.
 */
@CompileWithForkedClassLoader
class AheadOfTimeOnPostgresTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void emptySchema() {
        db.reset();
    }

    @Test
    void theGeneratedCodeDiscoversAndRunsTheMigrations() {
        GenericApplicationContext processed = context();
        TestGenerationContext generated = new TestGenerationContext(AotApplication.class);
        ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(processed, generated);
        generated.writeGeneratedContent();
        assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                .as("processing ahead of time touches no database").isEmpty();

        TestCompiler.forSystem().with(generated).compile(compiled -> {
            @SuppressWarnings("unchecked")
            ApplicationContextInitializer<GenericApplicationContext> initializer =
                    compiled.getInstance(ApplicationContextInitializer.class, initializerName.toString());
            GenericApplicationContext started = new GenericApplicationContext();
            properties().applyTo(started);
            initializer.initialize(started);
            started.refresh();
            try {
                assertThat(started.getBean(MigrationSet.class).migrations().current()).extracting(RevisionStatus::revision)
                        .containsExactlyInAnyOrder("inj2", "cmp1");
                assertThat(db.strings("SELECT text FROM greetings ORDER BY id")).containsExactly("hello", "count 1");
                assertThat(db.strings("SELECT tablename FROM pg_tables WHERE tablename = 'widgets'")).hasSize(1);
            } finally {
                started.close();
            }
        });
    }

    private static GenericApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        properties().applyTo(context);
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.registerBean(AotApplication.class);
        return context;
    }

    private static TestPropertyValues properties() {
        return TestPropertyValues.of("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password(),
                "migrations.packages=dev.migrations.autoconfigure.scenarios.injected,"
                        + "dev.migrations.autoconfigure.scenarios.component");
    }

    /** The application: a bean its migrations take, and a migration declared as a component of its own. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class, MigrationsAutoConfiguration.class})
    @ComponentScan(basePackageClasses = ComponentMigration.class)
    public static class AotApplication {

        @Bean
        Greeting greeting() {
            return new Greeting("hello");
        }
    }
}
