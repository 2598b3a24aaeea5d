package dev.migrations.bench.boot;

import dev.migrations.bench.Postgres;
import dev.migrations.bench.Result;
import dev.migrations.bench.Tool;
import dev.migrations.bench.Workload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationListener;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3: starts {@link BenchApplication} against a database where the tool has applied all N migrations, and reports
 * the JVM's uptime at {@link ApplicationReadyEvent} (the time to ready, JVM start-up included) and the time from
 * {@code main} to ready. Every tool gets the same DataSource settings (Boot's default HikariCP pool).
 */
public final class BootMain {

    private BootMain() {
    }

    public static void main(String[] args) {
        long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long mainStart = System.nanoTime();
        Tool tool = Tool.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String database = args[2];
        Postgres postgres = Postgres.fromSystemProperties();

        List<String> properties = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + postgres.url(database),
                "--spring.datasource.username=" + postgres.user()));
        if (!postgres.password().isEmpty()) {
            properties.add("--spring.datasource.password=" + postgres.password());
        }
        List<Class<?>> sources = new ArrayList<>(List.of(BenchApplication.class));
        switch (tool) {
            case OURS -> properties.add("--migrations.packages=dev.migrations.bench.gen.n" + n);
            case FLYWAY -> properties.add("--spring.flyway.locations=classpath:bench/flyway/n" + n);
            case LIQUIBASE -> properties.add("--spring.liquibase.change-log=classpath:" + Workload.liquibaseChangelog(n));
            case PLAIN -> sources.add(PlainFloorConfiguration.class);
        }
        long[] ready = new long[2];
        SpringApplication application = new SpringApplication(sources.toArray(Class<?>[]::new));
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) event -> {
            ready[0] = ManagementFactory.getRuntimeMXBean().getUptime();
            ready[1] = System.nanoTime();
        });
        ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new));
        requireToolRan(context, tool, n);
        Map<String, String> result = new LinkedHashMap<>();
        result.put("ms", Long.toString(ready[0]));
        result.put("main_to_ready_ms", String.format(java.util.Locale.ROOT, "%.3f", (ready[1] - mainStart) / 1e6));
        result.put("main_uptime_ms", Long.toString(mainUptime));
        result.put("classes_loaded", Long.toString(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()));
        result.put("beans", Integer.toString(context.getBeanDefinitionCount()));
        Result.print(result);
        context.close();
        System.exit(0);
    }

    /**
     * Fails the measurement unless the tool's start-up bean is in the context (and, for this project, all N migration
     * classes were found): a start that skipped the tool would look fast. By name and class name only, so that this
     * class loads no tool's classes.
     */
    private static void requireToolRan(ConfigurableApplicationContext context, Tool tool, int n) {
        String bean = switch (tool) {
            case OURS -> "migrationsInitializer";
            case FLYWAY -> "flywayInitializer";
            case LIQUIBASE -> "liquibase";
            case PLAIN -> "plainHistoryReader";
        };
        if (!context.containsBean(bean)) {
            throw new IllegalStateException(tool.label() + ": no bean " + bean + ", so the tool did not run; beans: "
                    + String.join(", ", context.getBeanDefinitionNames()));
        }
        if (tool == Tool.OURS) {
            // The set's revision graph, read after the start: the starter declares no bean per migration.
            try {
                Object set = context.getBean("migrationSet");
                Object migrations = set.getClass().getMethod("migrations").invoke(set);
                Object graph = migrations.getClass().getMethod("graph").invoke(migrations);
                int found = ((java.util.List<?>) graph.getClass().getMethod("revisions").invoke(graph)).size();
                if (found != n) {
                    throw new IllegalStateException("This project's starter found " + found + " migrations, not " + n);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
