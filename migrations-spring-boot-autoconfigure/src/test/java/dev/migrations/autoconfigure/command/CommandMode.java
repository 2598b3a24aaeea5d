package dev.migrations.autoconfigure.command;

import dev.migrations.testing.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code migrations <command>} through {@link SpringApplication}, as {@code java -jar app.jar migrations ...}
 * does, with the exit code recorded instead of ending the JVM and the command's output captured.
 */
public final class CommandMode {

    private final Class<?> application;
    private final TestDatabase db;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private boolean captured = true;

    private CommandMode(Class<?> application, TestDatabase db) {
        this.application = application;
        this.db = db;
    }

    public static CommandMode of(Class<?> application, TestDatabase db) {
        return new CommandMode(application, db);
    }

    /** A property the application has, as its application.properties would give it. */
    public CommandMode with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Leaves the command's output on the real standard output and error, rather than capturing it. */
    public CommandMode onSystemConsole() {
        captured = false;
        return this;
    }

    /** Runs {@code migrations <words>} and closes the application. */
    public Run run(String... words) {
        try (Run run = start(words)) {
            return run;
        }
    }

    /** Runs {@code migrations <words>} and leaves the application open; close the run. */
    public Run start(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SpringApplication spring = new SpringApplication(application);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", db.jdbcUrl());
        defaults.put("spring.datasource.username", db.user());
        defaults.put("spring.datasource.password", db.password());
        defaults.put(MigrationsCommandRunListener.SYSTEM_EXIT, "false");
        defaults.putAll(properties);
        spring.setDefaultProperties(defaults);
        if (captured) {
            spring.addInitializers(context -> context.getBeanFactory().registerSingleton("testCommandConsole",
                    new CommandConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8))));
        }
        List<String> args = new ArrayList<>();
        args.add("migrations");
        args.addAll(List.of(words));
        ConfigurableApplicationContext context = spring.run(args.toArray(String[]::new));
        CommandExitCode exitCode = context.getBean(CommandExitCode.class);
        return new Run(exitCode.isSet() ? exitCode.getExitCode() : -1, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), context);
    }

    /** What one command did. */
    public record Run(int exitCode, String out, String err, ConfigurableApplicationContext context) implements AutoCloseable {

        public List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        public JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }

        @Override
        public void close() {
            context.close();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
