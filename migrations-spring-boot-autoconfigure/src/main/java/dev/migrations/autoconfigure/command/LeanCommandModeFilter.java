package dev.migrations.autoconfigure.command;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Leaves out, in lean command mode ({@link MigrationsCommandRunListener#LEAN}), the auto-configuration a
 * migrations command never uses: JPA and Spring Data, the web server and MVC, Actuator, metrics and observation,
 * and this library's own endpoint, metrics and entity comparison. The application's own configuration stays,
 * its DataSource and what its migrations need included; with lazy initialization only those are created.
 */
public class LeanCommandModeFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Packages of auto-configuration classes that command mode leaves out; each ends with a dot. */
    static final List<String> LEFT_OUT = List.of(
            "org.springframework.boot.hibernate.", "org.springframework.boot.jpa.",
            "org.springframework.boot.data.", "org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.webmvc.", "org.springframework.boot.webflux.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.jetty.",
            "org.springframework.boot.reactor.netty.", "org.springframework.boot.servlet.",
            "org.springframework.boot.web.server.",
            "dev.migrations.autoconfigure.actuate.", "dev.migrations.autoconfigure.metrics.",
            "dev.migrations.autoconfigure.autogenerate.");

    private boolean lean;

    @Override
    public void setEnvironment(Environment environment) {
        this.lean = environment.getProperty(MigrationsCommandRunListener.ENABLED, Boolean.class, false)
                && environment.getProperty(MigrationsCommandRunListener.LEAN, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = !lean || !leftOut(autoConfigurationClasses[i]);
        }
        return matches;
    }

    static boolean leftOut(String autoConfigurationClass) {
        return autoConfigurationClass != null
                && LEFT_OUT.stream().anyMatch(autoConfigurationClass::startsWith);
    }
}
