package dev.migrations.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report says about the run: when, on what machine, with which versions. */
final class Environment {

    private final Map<String, String> versions = new LinkedHashMap<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final ZonedDateTime started = ZonedDateTime.now();
    private String loadAtStart;
    private String loadAtEnd;
    private ZonedDateTime finished;

    static Environment capture(BenchServer server, Classpaths classpaths, Options options) throws Exception {
        Environment env = new Environment();
        Map<String, String> jars = classpaths.versions();
        env.versions.put("this project", jars.getOrDefault("migrations-core", "?")
                + (options.projectRevision() == null ? "" : " (" + options.projectRevision() + ")"));
        boolean mariaDb = server.workload() == Workload.MARIADB;
        String flywayModule = mariaDb ? "flyway-mysql" : "flyway-database-postgresql";
        env.versions.put("Flyway", jars.getOrDefault("flyway-core", "?") + " (" + flywayModule + " "
                + jars.getOrDefault(flywayModule, "?") + ")");
        env.versions.put("Liquibase", jars.getOrDefault("liquibase-core", "?"));
        env.versions.put("Spring Boot", jars.getOrDefault("spring-boot", "?") + " (HikariCP "
                + jars.getOrDefault("HikariCP", "?") + ")");
        env.versions.put("Hibernate ORM", jars.getOrDefault("hibernate-core", "?") + " (autogenerate)");
        env.versions.put("database driver", mariaDb ? "MariaDB Connector/J " + jars.getOrDefault("mariadb-java-client", "?")
                : "PostgreSQL JDBC driver " + jars.getOrDefault("postgresql", "?"));
        env.versions.put("database server", server.describe());
        env.versions.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        env.machine.put("CPU", cpuModel());
        env.machine.put("cores (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.machine.put("memory", memory());
        env.machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.machine.put("child JVM options", options.childJvmArgs().isEmpty() ? "JVM defaults"
                : String.join(" ", options.childJvmArgs()));
        env.loadAtStart = loadAverage();
        return env;
    }

    void finish() {
        finished = ZonedDateTime.now();
        loadAtEnd = loadAverage();
    }

    Map<String, String> versions() {
        return versions;
    }

    Map<String, String> machine() {
        Map<String, String> all = new LinkedHashMap<>(machine);
        all.put("load average (1, 5, 15 min) at start / end", loadAtStart + " / " + loadAtEnd);
        return all;
    }

    String date() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
        return started.format(format) + (finished == null ? "" : " to " + finished.format(format));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "unknown";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "unknown";
    }

    private static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return String.join(", ", parts.subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }
}
