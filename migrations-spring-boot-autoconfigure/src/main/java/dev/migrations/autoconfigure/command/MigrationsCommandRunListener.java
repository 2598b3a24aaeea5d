package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;
import dev.migrations.runtime.LoggingListener;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code java -jar app.jar migrations <command> [args]} into command mode: the application starts without
 * listening on a port, without its start-up migration, its banner or its start-up logging, and
 * {@link MigrationsCommandAutoConfiguration} runs the command. Any other arguments leave the application as it is.
 *
 * <p>Registered in {@code META-INF/spring.factories}; it runs before Spring Boot's own listener, so that the
 * settings below are in place when logging starts.
 */
public class MigrationsCommandRunListener implements SpringApplicationRunListener, Ordered {

    /** The first argument that selects command mode. */
    public static final String COMMAND_WORD = "migrations";

    /** True in command mode; {@link MigrationsCommandAutoConfiguration} is conditional on it. */
    public static final String ENABLED = "migrations.command-line.enabled";

    /** The words after {@code migrations}, as an indexed list. */
    public static final String ARGS = "migrations.command-line.args";

    /** Whether the command ends the JVM (true, the default) or only records its exit code (false, for tests). */
    public static final String SYSTEM_EXIT = "migrations.command-line.system-exit";

    /**
     * Whether the command starts a lean application ({@link CommandModeAutoConfigurationFilter}): the user's
     * setting, forced to false for the commands that need the entity model.
     */
    public static final String LEAN = "migrations.command-line.lean";

    /**
     * Whether the command calls the application's code, which a lean start then keeps its transactions for:
     * migrations ({@code upgrade}, {@code downgrade}) or a backup bean ({@code backup}). Set by command mode.
     */
    public static final String CALLS_APPLICATION_CODE = "migrations.command-line.calls-application-code";

    /** The highest-precedence property source of command mode. */
    public static final String PROPERTY_SOURCE = "migrationsCommandLine";

    private static final Set<Command> CALLING_APPLICATION_CODE =
            EnumSet.of(Command.UPGRADE, Command.DOWNGRADE, Command.BACKUP_DATABASE);

    /** Spring Boot's listener that warms up, on a thread of its own, what an application about to serve uses. */
    static final String BACKGROUND_PREINITIALIZER =
            "org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializingApplicationListener";

    private final List<String> command;
    private final boolean logsAsked;

    public MigrationsCommandRunListener(SpringApplication application, String[] args) {
        List<String> all = args == null ? List.of() : Arrays.asList(args);
        this.command = commandArguments(all);
        this.logsAsked = asksForLogs(all);
        if (command != null) {
            leaveOutBackgroundPreinitialization(application);
        }
    }

    /**
     * A command serves nothing, so Boot's warming up of Jackson, the embedded server, the message converters and
     * validation is CPU taken from the command's own start (about a tenth of {@code current} on two cores). Removed
     * here, before the first event would start it. Matched by name, as it is not public; under another name it
     * stays, and only the time is lost.
     */
    private static void leaveOutBackgroundPreinitialization(SpringApplication application) {
        Set<ApplicationListener<?>> listeners = application.getListeners();
        List<ApplicationListener<?>> kept = listeners.stream()
                .filter(listener -> !listener.getClass().getName().equals(BACKGROUND_PREINITIALIZER))
                .toList();
        if (kept.size() < listeners.size()) {
            application.setListeners(kept);
        }
    }

    /**
     * The words after {@code migrations} when it is the first argument (leading {@code --name=value} Spring Boot
     * properties aside), else null.
     */
    static List<String> commandArguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(COMMAND_WORD)) {
                return List.copyOf(args.subList(i + 1, args.size()));
            }
            if (!arg.startsWith("--")) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
                                    ConfigurableEnvironment environment) {
        if (command == null) {
            return;
        }
        if (AotDetector.useGeneratedArtifacts()) {
            throw new ConfigurationException("Command mode cannot run on the code Spring AOT generated "
                    + "(spring.aot.enabled=true, a native image): it chooses the beans a command needs as the "
                    + "application starts, and that code fixed them when it was built. Run the command on the JVM "
                    + "without -Dspring.aot.enabled=true (the same jar serves), for instance in the Job that migrates.");
        }
        boolean lean = environment.getProperty(LEAN, Boolean.class, true) && needsNoEntityModel(command);
        Map<String, Object> forced = forcedProperties(command, logsAsked);
        forced.put(LEAN, String.valueOf(lean));
        forced.put(CALLS_APPLICATION_CODE, String.valueOf(callsApplicationCode(command)));
        if (lean) {
            // Only the beans the command uses are created: the migration sets, their DataSource, what those need.
            forced.put("spring.main.lazy-initialization", "true");
            // Nor is the web server's auto-configuration there to serve a web application context.
            forced.put("spring.main.web-application-type", "none");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, forced));
        // Defaults, which the application's own configuration may override.
        DefaultPropertiesPropertySource.addOrMerge(Map.of("logging.level.root", "WARN"),
                environment.getPropertySources());
    }

    /**
     * What command mode imposes, above every other property source.
     *
     * @param logsAsked whether the command line asks for the application's logs: {@code -v}, or a logging property
     */
    static Map<String, Object> forcedProperties(List<String> command, boolean logsAsked) {
        Map<String, Object> properties = new LinkedHashMap<>();
        // The web application type stays the application's in a whole start (check, autogenerate), whose beans may
        // need the web infrastructure (Spring Security's HttpSecurity, say); its server is created but never listens,
        // as command mode starts no lifecycle bean (BackgroundWorkLeftOut).
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("migrations.on-startup", "none");
        // Nothing but the command may touch the schema: not Hibernate, not Boot's SQL initialization, not the
        // libraries' schema scripts (Boot's initializers of Batch, Quartz and the like: LibrarySchemaScriptsLeftOut).
        properties.put("spring.jpa.hibernate.ddl-auto", "none");
        properties.put("spring.sql.init.mode", "never");
        properties.put("spring.modulith.events.jdbc.schema-initialization.enabled", "false");
        // No request is served, so no entity manager is held open for one, and Boot's warning about that default
        // (printed by every whole start of a web application that leaves it unset) is not the command's.
        properties.put("spring.jpa.open-in-view", "false");
        properties.put(ENABLED, "true");
        for (int i = 0; i < command.size(); i++) {
            properties.put(ARGS + "[" + i + "]", command.get(i));
        }
        if (command.contains("--json") || command.contains("--sql")) {
            // Standard output carries only the JSON or the SQL script; failures are reported on standard error.
            properties.put("logging.threshold.console", "OFF");
        } else if (!logsAsked) {
            // Only the command's output and real warnings, whatever levels the application's configuration sets.
            properties.put("logging.threshold.console", "WARN");
        }
        if (!logsAsked) {
            // The command prints a failed revision itself (FAILED: ...); the engine's ERROR line would repeat it.
            properties.put("logging.level." + LoggingListener.FAILURE_LOGGER, "OFF");
        }
        return properties;
    }

    /**
     * Whether the command can do without the JPA entity model: all but {@code check}, which compares it with the
     * database, and {@code revision --autogenerate}, which writes what differs.
     */
    static boolean needsNoEntityModel(List<String> command) {
        List<String> words = commandWords(command);
        String verb = words.isEmpty() ? "" : words.get(0);
        return !verb.equals(Command.CHECK.word())
                && !(verb.equals(Command.REVISION.word()) && words.contains("--autogenerate"));
    }

    /**
     * Whether the command may call the application's code: a migration's (upgrade and downgrade, their SQL scripts
     * included) or a backup bean's. The others read the migrations, and at most create one to verify it.
     */
    static boolean callsApplicationCode(List<String> command) {
        List<String> words = commandWords(command);
        return !words.isEmpty() && Command.named(words.get(0)).filter(CALLING_APPLICATION_CODE::contains).isPresent();
    }

    /** The command's words, without the Spring Boot properties given among them. */
    private static List<String> commandWords(List<String> command) {
        return command.stream().filter(word -> !CommandLineParser.isSpringProperty(word)).toList();
    }

    /** {@code -v} brings the application's logs back, as does a logging property given on the command line. */
    private static boolean asksForLogs(List<String> args) {
        return args.contains("-v") || args.contains("--verbose")
                || args.stream().anyMatch(word -> word.startsWith("--logging."));
    }

    /**
     * The words of the command exactly as given, read from the property source of command mode without
     * placeholder resolution, so that a message such as {@code "use ${name}"} is kept; empty when that source
     * is absent.
     */
    static Optional<List<String>> arguments(ConfigurableEnvironment environment) {
        PropertySource<?> source = environment.getPropertySources().get(PROPERTY_SOURCE);
        if (source == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; source.containsProperty(ARGS + "[" + i + "]"); i++) {
            words.add(String.valueOf(source.getProperty(ARGS + "[" + i + "]")));
        }
        return Optional.of(words);
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        if (command == null) {
            return;
        }
        String words = String.join(" ", commandWords(command));
        SecretRedactor redactor = context == null ? new SecretRedactor(Set.of())
                : SecretRedactor.of(context.getEnvironment());
        boolean lean = context != null && context.getEnvironment().getProperty(LEAN, Boolean.class, false);
        System.err.println(redactor.redact("FAILED: the application did not start, so `migrations " + words
                + "` did not run: " + rootCause(exception) + (lean ? "\nCommand mode started the application lean, "
                + "without JPA, the web server, Actuator and metrics (and transactions, when the command runs no "
                + "migration); if a bean it needs comes from those, run the "
                + "command with --" + LEAN + "=false." : "")));
        System.err.flush();
    }

    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
