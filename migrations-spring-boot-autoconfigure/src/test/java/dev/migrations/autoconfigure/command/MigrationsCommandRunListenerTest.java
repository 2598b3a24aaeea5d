package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;
import dev.migrations.runtime.LoggingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.boot.SpringApplicationRunListener;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsCommandRunListenerTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "migrations history                                 | history",
            "migrations downgrade -1 --sql                      | downgrade,-1,--sql",
            "--spring.profiles.active=postgres migrations heads | heads",
            "migrations                                         | ''",
            "server                                             | null",
            "history migrations                                 | null",
            "''                                                 | null",
            "--debug migrations current                         | current",
    })
    void commandModeIsTheWordMigrationsFirstAfterAnySpringBootProperties(String args, String command) {
        List<String> words = args.isEmpty() ? List.of() : Arrays.asList(args.split(" "));
        List<String> expected = command == null ? null
                : command.isEmpty() ? List.of() : Arrays.asList(command.split(","));

        assertThat(MigrationsCommandRunListener.commandArguments(words)).isEqualTo(expected);
    }

    @Test
    void commandModeStartsNoWebServerNoStartUpMigrationNoBannerAndNoSchemaManagement() {
        StandardEnvironment environment = prepared("migrations", "upgrade", "head");

        assertThat(environment.getPropertySources().iterator().next().getName())
                .isEqualTo(MigrationsCommandRunListener.PROPERTY_SOURCE);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("migrations.on-startup")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment.getProperty("spring.main.log-startup-info")).isEqualTo("false");
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
        assertThat(environment.getProperty("spring.sql.init.mode")).isEqualTo("never");
        assertThat(environment.getProperty("spring.modulith.events.jdbc.schema-initialization.enabled"))
                .isEqualTo("false");
        assertThat(environment.getProperty(MigrationsCommandRunListener.ENABLED)).isEqualTo("true");
        assertThat(MigrationsCommandRunListener.arguments(environment)).contains(List.of("upgrade", "head"));
    }

    @Test
    void commandModeOverridesTheApplicationsOwnSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("migrations.on-startup", "upgrade", "spring.main.web-application-type", "servlet")));
        listener("migrations", "current").environmentPrepared(null, environment);

        assertThat(environment.getProperty("migrations.on-startup")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    /**
     * A whole start of a web application with JPA warns that open-in-view is on by default, unless the application
     * sets it: not a warning about the command, which serves no request.
     */
    @Test
    void aWholeStartHoldsNoEntityManagerOpenForRequestsAndSoDoesNotWarnAboutIt() {
        assertThat(prepared("migrations", "check").getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }

    /** Their beans may need the web infrastructure (Spring Security's HttpSecurity); the server never starts. */
    @Test
    void theCommandsThatStartTheWholeApplicationKeepItsWebApplicationType() {
        assertThat(prepared("migrations", "check").getProperty("spring.main.web-application-type")).isNull();
        assertThat(prepared("migrations", "revision", "--autogenerate", "-m", "add phone")
                .getProperty("spring.main.web-application-type")).isNull();
    }

    @Test
    void logsOnlyWarningsByDefaultButTheApplicationMayAskForMore() {
        StandardEnvironment environment = prepared("migrations", "current");
        assertThat(environment.getProperty("logging.level.root")).isEqualTo("WARN");
        assertThat(environment.getPropertySources().get(DefaultPropertiesPropertySource.NAME)).isNotNull();

        StandardEnvironment louder = new StandardEnvironment();
        louder.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("logging.level.root", "INFO")));
        listener("migrations", "current").environmentPrepared(null, louder);
        assertThat(louder.getProperty("logging.level.root")).isEqualTo("INFO");
    }

    @ParameterizedTest
    @CsvSource({"--json", "--sql"})
    void machineOutputKeepsLogLinesOffStandardOutput(String option) {
        assertThat(prepared("migrations", "upgrade", option).getProperty("logging.threshold.console")).isEqualTo("OFF");
    }

    /** Whatever levels the application configures, the console shows warnings and errors only, unless asked. */
    @Test
    void theConsoleShowsOnlyWarningsUnlessTheCommandLineAsksForLogs() {
        assertThat(prepared("migrations", "upgrade").getProperty("logging.threshold.console")).isEqualTo("WARN");
        assertThat(prepared("migrations", "history", "-v").getProperty("logging.threshold.console")).isNull();
        assertThat(prepared("migrations", "upgrade", "--logging.level.dev.migrations=INFO")
                .getProperty("logging.threshold.console")).isNull();
        assertThat(prepared("--logging.level.root=INFO", "migrations", "upgrade")
                .getProperty("logging.threshold.console")).isNull();
    }

    /** The command's FAILED block says it; the engine's ERROR line of the same failure is left out, unless asked. */
    @Test
    void aFailedRevisionIsReportedByTheCommandAloneUnlessTheCommandLineAsksForLogs() {
        String failures = "logging.level." + LoggingListener.FAILURE_LOGGER;

        assertThat(prepared("migrations", "upgrade").getProperty(failures)).isEqualTo("OFF");
        assertThat(prepared("migrations", "upgrade", "--json").getProperty(failures)).isEqualTo("OFF");
        assertThat(prepared("migrations", "upgrade", "-v").getProperty(failures)).isNull();
        assertThat(prepared("upgrade").getProperty(failures)).as("not command mode").isNull();
    }

    @Test
    void argumentsAreKeptExactlyWithoutPlaceholderResolution() {
        StandardEnvironment environment = prepared("migrations", "revision", "-m", "use ${user.name}, a,b");

        assertThat(MigrationsCommandRunListener.arguments(environment))
                .contains(List.of("revision", "-m", "use ${user.name}, a,b"));
    }

    @Test
    void anyOtherStartLeavesTheEnvironmentAsItIs() {
        StandardEnvironment environment = prepared("--server.port=0");

        assertThat(environment.getPropertySources().get(MigrationsCommandRunListener.PROPERTY_SOURCE)).isNull();
        assertThat(environment.getProperty("migrations.on-startup")).isNull();
        assertThat(environment.getProperty("logging.level.root")).isNull();
    }

    /** Boot's background warm-up (Jackson, the embedded server, ...) serves an application, never a command. */
    @Test
    void commandModeLeavesOutBootsBackgroundPreinitialization() {
        SpringApplication command = new SpringApplication();
        assertThat(listenerNames(command)).contains(MigrationsCommandRunListener.BACKGROUND_PREINITIALIZER);
        new MigrationsCommandRunListener(command, new String[] {"migrations", "current"});
        assertThat(listenerNames(command)).doesNotContain(MigrationsCommandRunListener.BACKGROUND_PREINITIALIZER)
                .isNotEmpty();

        SpringApplication application = new SpringApplication();
        new MigrationsCommandRunListener(application, new String[] {"--server.port=0"});
        assertThat(listenerNames(application)).contains(MigrationsCommandRunListener.BACKGROUND_PREINITIALIZER);
    }

    private static List<String> listenerNames(SpringApplication application) {
        return application.getListeners().stream().map(listener -> listener.getClass().getName()).toList();
    }

    @Test
    void isRegisteredAsARunListenerAndRunsBeforeSpringBootsOwn() {
        List<String> names = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(SpringApplicationRunListener.class,
                        SpringFactoriesLoader.ArgumentResolver.of(SpringApplication.class, new SpringApplication())
                                .and(String[].class, new String[0]))
                .stream().map(l -> l.getClass().getName()).toList();

        assertThat(names).contains(MigrationsCommandRunListener.class.getName());
        assertThat(names.indexOf(MigrationsCommandRunListener.class.getName()))
                .isLessThan(names.indexOf("org.springframework.boot.context.event.EventPublishingRunListener"));
    }

    /**
     * Code generated ahead of time fixed the beans when it was built, without command mode's: the command is refused
     * with the way out, not left to fail on an unknown property. A start that is no command is left alone.
     */
    @Test
    void commandModeOnCodeGeneratedAheadOfTimeSaysToRunTheCommandWithoutIt() {
        System.setProperty(AotDetector.AOT_ENABLED, "true");
        try {
            assertThatThrownBy(() -> prepared("migrations", "current")).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Command mode cannot run on the code Spring AOT generated")
                    .hasMessageContaining("without -Dspring.aot.enabled=true");
            assertThat(prepared("--server.port=0").getPropertySources().get(MigrationsCommandRunListener.PROPERTY_SOURCE))
                    .isNull();
        } finally {
            System.clearProperty(AotDetector.AOT_ENABLED);
        }
    }

    private static StandardEnvironment prepared(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        listener(args).environmentPrepared(null, environment);
        return environment;
    }

    private static MigrationsCommandRunListener listener(String... args) {
        return new MigrationsCommandRunListener(new SpringApplication(), args);
    }
}
