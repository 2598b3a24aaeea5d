package dev.migrations.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class path of each child JVM: the harness and the one workload it measures ({@code target/benchmarks-workloads.jar}
 * split by {@link WorkloadJars}) and the jars of
 * {@code target/lib} less those only another tool needs, so that a Spring Boot start runs exactly one tool's
 * auto-configuration and no JVM opens jars it does not use. The lists follow {@code mvn dependency:tree} of this
 * module; a jar missing from them would be on every class path, which is harmless.
 */
final class Classpaths {

    private static final Set<String> OURS_ONLY = Set.of("migrations-core", "migrations-spring-boot-autoconfigure",
            "migrations-spring-boot-starter", "javapoet");
    private static final Set<String> FLYWAY_ONLY = Set.of("flyway-core", "flyway-database-postgresql", "flyway-mysql",
            "jackson-databind", "jackson-core", "jackson-annotations", "spring-boot-flyway", "spring-boot-starter-flyway");
    private static final Set<String> LIQUIBASE_ONLY = Set.of("liquibase-core", "commons-collections4", "commons-text",
            "opencsv", "jaxb-api", "commons-lang3", "commons-io", "spring-boot-liquibase", "spring-boot-starter-liquibase");
    /** Hibernate and its dependencies: only the autogenerate workload reads entities. */
    private static final Set<String> HIBERNATE_ONLY = Set.of("hibernate-core", "jakarta.persistence-api",
            "jakarta.transaction-api", "jboss-logging", "hibernate-models", "byte-buddy", "jakarta.xml.bind-api",
            "jakarta.activation-api", "jaxb-runtime", "jaxb-core", "angus-activation", "txw2", "istack-commons-runtime",
            "jakarta.inject-api", "antlr4-runtime");
    private static final Set<String> HARNESS_ONLY = Set.of("jmh-core", "jopt-simple", "commons-math3",
            "jmh-generator-annprocess");

    private final Path runnableJar;
    private final WorkloadJars workloads;
    private final List<Path> lib;

    private Classpaths(Path runnableJar, WorkloadJars workloads, List<Path> lib) {
        this.runnableJar = runnableJar;
        this.workloads = workloads;
        this.lib = lib;
    }

    /** Finds the jars next to the running {@code benchmarks.jar}. */
    static Classpaths locate() throws IOException {
        Path self;
        try {
            self = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isRegularFile(self)) {
            throw new IllegalStateException("Run the packaged jar (java -jar benchmarks/target/benchmarks.jar), not "
                    + self + ": the child JVMs need target/benchmarks-workloads.jar and target/lib.");
        }
        Path dir = self.getParent();
        Path workloads = dir.resolve("benchmarks-workloads.jar");
        Path libDir = dir.resolve("lib");
        if (!Files.isRegularFile(workloads) || !Files.isDirectory(libDir)) {
            throw new IllegalStateException("Missing " + workloads + " or " + libDir + ": build with "
                    + "mvn -Pbenchmarks -pl benchmarks -am package");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(libDir)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (String artifact : List.of("migrations-core", "flyway-core", "liquibase-core", "postgresql", "hibernate-core")) {
            if (jars.stream().noneMatch(j -> artifactOf(j).equals(artifact))) {
                throw new IllegalStateException("No " + artifact + " jar in " + libDir);
            }
        }
        return new Classpaths(self, WorkloadJars.split(workloads, dir.resolve("workload-jars")), jars);
    }

    Path runnableJar() {
        return runnableJar;
    }

    /**
     * The class path of a child measuring {@code tool} on the workload of {@code n} (none where the build generated
     * none, as for W4's row counts); the floor gets none of the three tools.
     */
    String forTool(Tool tool, Workload workload, long n) {
        return classpath(tool, false, workloads.of(workload, n));
    }

    /** The class path of an autogenerate child: this project's, with Hibernate. */
    String forAutogen() {
        return classpath(Tool.OURS, true, null);
    }

    private String classpath(Tool tool, boolean withHibernate, Path workloadJar) {
        List<String> entries = new ArrayList<>();
        entries.add(workloads.shared().toString());
        if (workloadJar != null) {
            entries.add(workloadJar.toString());
        }
        for (Path jar : lib) {
            String artifact = artifactOf(jar);
            boolean excluded = HARNESS_ONLY.contains(artifact)
                    || (!withHibernate && HIBERNATE_ONLY.contains(artifact))
                    || (tool != Tool.OURS && OURS_ONLY.contains(artifact))
                    || (tool != Tool.FLYWAY && FLYWAY_ONLY.contains(artifact))
                    || (tool != Tool.LIQUIBASE && LIQUIBASE_ONLY.contains(artifact));
            if (!excluded) {
                entries.add(jar.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The version of an artifact in target/lib, such as flyway-core: 12.4.0. */
    Map<String, String> versions() {
        java.util.Map<String, String> versions = new java.util.TreeMap<>();
        for (Path jar : lib) {
            String name = jar.getFileName().toString();
            String artifact = artifactOf(jar);
            versions.put(artifact, name.substring(artifact.length() + 1, name.length() - ".jar".length()));
        }
        return versions;
    }

    /** flyway-core-12.4.0.jar: flyway-core; HikariCP-7.0.2.jar: HikariCP. */
    static String artifactOf(Path jar) {
        String name = jar.getFileName().toString();
        return name.replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", "").replaceFirst("-\\d.*\\.jar$", "");
    }
}
