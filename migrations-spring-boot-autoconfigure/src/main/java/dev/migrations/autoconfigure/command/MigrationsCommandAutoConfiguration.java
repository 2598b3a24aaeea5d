package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Command mode: {@code java -jar app.jar migrations <command> [args]} runs one command on the application's
 * migration sets and exits with 0 or 1. Active when {@link MigrationsCommandRunListener} has seen the
 * {@code migrations} argument.
 */
@AutoConfiguration(afterName = "dev.migrations.autoconfigure.MigrationsAutoConfiguration")
@ConditionalOnBooleanProperty(MigrationsCommandRunListener.ENABLED)
@EnableConfigurationProperties({MigrationsProperties.class, MigrationsCommandLineProperties.class})
public final class MigrationsCommandAutoConfiguration {

    /** Static: a post-processor of the bean factory, created before any configuration class is. */
    @Bean
    static BackgroundWorkLeftOut migrationsBackgroundWorkLeftOut() {
        return new BackgroundWorkLeftOut();
    }

    /** Static, as above; also the factory of the application's {@code @EventListener} methods. */
    @Bean
    static StartupListenersLeftOut migrationsStartupListenersLeftOut() {
        return new StartupListenersLeftOut();
    }

    /** Static: a bean post-processor, registered before the libraries' initializers are created. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.jdbc.init.DatabaseInitializationProperties")
    static LibrarySchemaScriptsLeftOut migrationsLibrarySchemaScriptsLeftOut() {
        return new LibrarySchemaScriptsLeftOut();
    }

    /** Static, as above. */
    @Bean
    static ApplicationRunnersLeftOut migrationsApplicationRunnersLeftOut() {
        return new ApplicationRunnersLeftOut();
    }

    /** Static, as above; only where the application has JPA. */
    @Bean
    @ConditionalOnBooleanProperty(MigrationsCommandRunListener.LEAN)
    @ConditionalOnClass(name = "jakarta.persistence.EntityManagerFactory")
    static EntityManagerFactoriesLeftOut migrationsEntityManagerFactoriesLeftOut() {
        return new EntityManagerFactoriesLeftOut();
    }

    /** Static, as above; only where the application has Spring Data. */
    @Bean
    @ConditionalOnBooleanProperty(MigrationsCommandRunListener.LEAN)
    @ConditionalOnClass(name = RepositoriesMadeLazy.REPOSITORY_FACTORY)
    static RepositoriesMadeLazy migrationsRepositoriesMadeLazy() {
        return new RepositoriesMadeLazy();
    }

    @Bean
    @ConditionalOnMissingBean
    CommandConsole migrationsCommandConsole() {
        return CommandConsole.system();
    }

    @Bean
    CommandExitCode migrationsCommandExitCode() {
        return new CommandExitCode();
    }

    @Bean
    MigrationClassWriter migrationClassWriter(MigrationsProperties properties, ListableBeanFactory beans) {
        return new MigrationClassWriter(properties, beans, Path.of("").toAbsolutePath(), Clock.systemUTC());
    }

    @Bean
    MigrationsCommands migrationsCommands(ObjectProvider<MigrationSet> sets, MigrationClassWriter writer,
                                          ObjectProvider<MigrationsCheck> checks,
                                          ObjectProvider<EntityModelComparator> entityModel,
                                          CommandConsole console) {
        // Progress is printed as it happens, to standard error, apart from the command's result.
        return new MigrationsCommands(() -> sets.orderedStream().toList(), writer,
                () -> checks.orderedStream().toList(), () -> Optional.ofNullable(entityModel.getIfAvailable()),
                ZoneId.systemDefault(), line -> {
                    console.err().println(line);
                    console.err().flush();
                });
    }

    @Bean
    MigrationsCommandRunner migrationsCommandRunner(MigrationsCommands commands, CommandConsole console,
                                                    CommandExitCode exitCode,
                                                    MigrationsCommandLineProperties properties,
                                                    ConfigurableEnvironment environment, ApplicationContext context) {
        List<String> arguments = MigrationsCommandRunListener.arguments(environment).orElse(properties.getArgs());
        return new MigrationsCommandRunner(arguments, commands, console, exitCode, SecretRedactor.of(environment),
                JsonWriter.isAvailable(context.getClassLoader()), context, properties.isSystemExit());
    }
}
