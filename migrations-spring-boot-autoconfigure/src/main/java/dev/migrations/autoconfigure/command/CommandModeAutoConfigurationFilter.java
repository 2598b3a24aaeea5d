package dev.migrations.autoconfigure.command;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.stream.Stream;

/**
 * Leaves out the auto-configuration a migrations command never uses. In every command: developer tools, whose
 * restarts, live reload and in-memory database shutdown only get in a one-shot command's way, and the other
 * migration tools, Flyway and Liquibase, which would change the schema as the application starts (an application
 * adopting this library has one on its class path until it is done). In a lean start
 * ({@link MigrationsCommandRunListener#LEAN}) also JPA and Spring Data, the web server and MVC, Actuator, metrics
 * and observation, the infrastructure of the application's services (AOP proxies, task executors, JMX, Jackson,
 * Spring Modulith's event publication), and this library's own endpoint, metrics and entity comparison; and, when
 * the command calls none of the application's code ({@link MigrationsCommandRunListener#CALLS_APPLICATION_CODE}),
 * the proxies that give its services their transactions and exception translation. The application's own
 * configuration stays, its DataSource and what its migrations need included; with lazy initialization only those
 * are created.
 */
public class CommandModeAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Packages of auto-configuration classes no command uses; each ends with a dot. */
    static final List<String> NEVER_USED = List.of("org.springframework.boot.devtools.",
            "org.springframework.boot.flyway.", "org.springframework.boot.liquibase.");

    /** Packages of auto-configuration classes that a lean start leaves out; each ends with a dot. */
    static final List<String> LEAN_LEFT_OUT = List.of(
            "org.springframework.boot.hibernate.", "org.springframework.boot.jpa.",
            "org.springframework.boot.data.", "org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.webmvc.", "org.springframework.boot.webflux.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.jetty.",
            "org.springframework.boot.reactor.netty.", "org.springframework.boot.servlet.",
            "org.springframework.boot.web.server.", "org.springframework.boot.http.",
            // Infrastructure for the application's own services, which a command does not call; Spring Modulith's
            // (its event publication registry, its moments, its modules' initializers) among them.
            "org.springframework.boot.autoconfigure.aop.", "org.springframework.boot.autoconfigure.task.",
            "org.springframework.modulith.",
            "org.springframework.boot.autoconfigure.jmx.", "org.springframework.boot.autoconfigure.admin.",
            "org.springframework.boot.autoconfigure.info.", "org.springframework.boot.jackson.",
            "dev.migrations.autoconfigure.actuate.", "dev.migrations.autoconfigure.metrics.",
            "dev.migrations.autoconfigure.autogenerate.");

    /**
     * Packages of auto-configuration that only the application's code uses, left out of a lean start whose command
     * calls none: the proxies for {@code @Transactional} and {@code @Repository} beans, whose post-processors would
     * otherwise be created, and would inspect every bean, on every start. Each ends with a dot.
     */
    static final List<String> APPLICATION_CODE_ONLY = List.of(
            "org.springframework.boot.transaction.", "org.springframework.boot.persistence.");

    private Start start = Start.WHOLE;

    @Override
    public void setEnvironment(Environment environment) {
        this.start = Start.of(environment);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = !start.leavesOut(autoConfigurationClasses[i]);
        }
        return matches;
    }

    /** How command mode starts the application, from what {@link MigrationsCommandRunListener} set. */
    enum Start {
        /** Not command mode: nothing is left out. */
        WHOLE(List.of()),
        /** A command that needs the whole application: {@code check}, {@code revision --autogenerate}. */
        COMMAND(NEVER_USED),
        /** A lean start for a command that may call the application's code. */
        LEAN(NEVER_USED, LEAN_LEFT_OUT),
        /** A lean start for a command that calls none of it. */
        LEANEST(NEVER_USED, LEAN_LEFT_OUT, APPLICATION_CODE_ONLY);

        private final List<String> leftOutPackages;

        @SafeVarargs
        Start(List<String>... leftOutPackages) {
            this.leftOutPackages = Stream.of(leftOutPackages).flatMap(List::stream).toList();
        }

        static Start of(Environment environment) {
            if (!environment.getProperty(MigrationsCommandRunListener.ENABLED, Boolean.class, false)) {
                return WHOLE;
            }
            if (!environment.getProperty(MigrationsCommandRunListener.LEAN, Boolean.class, false)) {
                return COMMAND;
            }
            return environment.getProperty(MigrationsCommandRunListener.CALLS_APPLICATION_CODE, Boolean.class, true)
                    ? LEAN : LEANEST;
        }

        boolean leavesOut(String autoConfigurationClass) {
            return autoConfigurationClass != null
                    && leftOutPackages.stream().anyMatch(autoConfigurationClass::startsWith);
        }
    }
}
