package dev.migrations.autoconfigure.command;

import org.springframework.util.ClassUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON output of {@code --json} with Jackson 3, when the application has it (every Spring Boot
 * web application does, through {@code spring-boot-starter-jackson}). A mapper of its own, so that the
 * application's Jackson customizations never change the output.
 */
final class JsonWriter {

    static final String JACKSON = "tools.jackson.databind.json.JsonMapper";

    private JsonWriter() {
    }

    static boolean isAvailable(ClassLoader classLoader) {
        return ClassUtils.isPresent(JACKSON, classLoader);
    }

    /** Why --json cannot be used, for the error message. */
    static String unavailable() {
        return "--json needs Jackson 3 (tools.jackson.core:jackson-databind) on the classpath, and this application "
                + "does not have it. Add org.springframework.boot:spring-boot-starter-jackson to its dependencies, or "
                + "leave out --json.";
    }

    /** The tree as indented JSON; only called when {@link #isAvailable} is true. */
    static String write(Object tree) {
        return Jackson.write(tree);
    }

    /** Jackson's part, in its own class, so that Jackson is loaded only when JSON is written. */
    private static final class Jackson {

        private static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();

        static String write(Object tree) {
            return MAPPER.writeValueAsString(tree);
        }
    }
}
