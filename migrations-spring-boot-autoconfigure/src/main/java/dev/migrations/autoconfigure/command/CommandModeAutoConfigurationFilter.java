package dev.migrations.autoconfigure.command;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Leaves out the auto-configuration a migrations command never uses. In every command: developer tools, whose
 * restarts, live reload and in-memory database shutdown only get in a one-shot command's way. In a lean start
 * ({@link MigrationsCommandRunListener#LEAN}) also JPA and Spring Data, the web server and MVC, Actuator, metrics
 * and observation, the infrastructure of the application's services (AOP proxies, task executors, JMX, Jackson),
 * and this library's own endpoint, metrics and entity comparison. The application's own
 * configuration stays, its DataSource and what its migrations need included; with lazy initialization only those
 * are created.
 */
public class CommandModeAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Packages of auto-configuration classes no command uses; each ends with a dot. */
    static final List<String> NEVER_USED = List.of("org.springframework.boot.devtools.");

    /** Packages of auto-configuration classes that a lean start leaves out; each ends with a dot. */
    static final List<String> LEAN_LEFT_OUT = List.of(
            "org.springframework.boot.hibernate.", "org.springframework.boot.jpa.",
            "org.springframework.boot.data.", "org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.webmvc.", "org.springframework.boot.webflux.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.jetty.",
            "org.springframework.boot.reactor.netty.", "org.springframework.boot.servlet.",
            "org.springframework.boot.web.server.", "org.springframework.boot.http.",
            // Infrastructure for the application's own services, which a command does not call.
            "org.springframework.boot.autoconfigure.aop.", "org.springframework.boot.autoconfigure.task.",
            "org.springframework.boot.autoconfigure.jmx.", "org.springframework.boot.autoconfigure.admin.",
            "org.springframework.boot.autoconfigure.info.", "org.springframework.boot.jackson.",
            "dev.migrations.autoconfigure.actuate.", "dev.migrations.autoconfigure.metrics.",
            "dev.migrations.autoconfigure.autogenerate.");

    private boolean commandMode;
    private boolean lean;

    @Override
    public void setEnvironment(Environment environment) {
        this.commandMode = environment.getProperty(MigrationsCommandRunListener.ENABLED, Boolean.class, false);
        this.lean = commandMode && environment.getProperty(MigrationsCommandRunListener.LEAN, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = !leftOut(autoConfigurationClasses[i], commandMode, lean);
        }
        return matches;
    }

    static boolean leftOut(String autoConfigurationClass, boolean commandMode, boolean lean) {
        return autoConfigurationClass != null
                && (commandMode && NEVER_USED.stream().anyMatch(autoConfigurationClass::startsWith)
                || lean && LEAN_LEFT_OUT.stream().anyMatch(autoConfigurationClass::startsWith));
    }
}
