package dev.migrations.index;

import dev.migrations.testing.JavaSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.migrations.testing.JavaSources.migration;
import static dev.migrations.testing.JavaSources.withProcessors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index as javac writes it for a user's module, compiled here with the JDK that runs the tests (17 in the
 * build; `.ci/run` runs this class again on JDK 25, where javac runs processors only when asked).
 */
class MigrationIndexProcessorTest {

    private static final int JDK = Runtime.version().feature();

    @TempDir
    Path classes;

    private JavaSources sources;

    @BeforeEach
    void newSources(@TempDir Path directory) {
        sources = new JavaSources(directory);
    }

    @Test
    void indexesTheConcreteMigrationClassesWithWhatTheirAnnotationSays() throws IOException {
        String createUsers = """
                package app.db;
                @dev.migrations.Migration(revision = "a1", message = "create users\\tand\\nmore", branchLabels = "core")
                public class CreateUsers implements dev.migrations.MigrationScript {
                    public void upgrade(dev.migrations.ops.Operations op) { }
                    @dev.migrations.Migration(revision = "a2", revises = "a1", dependsOn = {"x1", "x2"},
                            transactional = false, lockTimeout = "5s", statementTimeout = "2m")
                    public static class AddIndex implements dev.migrations.MigrationScript {
                        public void upgrade(dev.migrations.ops.Operations op) { }
                    }
                    @dev.migrations.Migration(revision = "inner")
                    public class NotIndependent implements dev.migrations.MigrationScript {
                        public void upgrade(dev.migrations.ops.Operations op) { }
                    }
                }
                """;
        sources.write("app/db/CreateUsers.java", createUsers);
        sources.write("app/db/Base.java", """
                package app.db;
                @dev.migrations.Migration(revision = "abstract")
                public abstract class Base implements dev.migrations.MigrationScript { }
                """);

        sources.compileInto(classes, withProcessors());

        assertThat(index(classes)).containsExactly(
                new IndexedMigration("app.db.CreateUsers", "a1", List.of(), List.of(), List.of("core"),
                        "create users\tand\nmore", true, "", "", sha256Prefix(createUsers)),
                new IndexedMigration("app.db.CreateUsers$AddIndex", "a2", List.of("a1"), List.of("x1", "x2"), List.of(),
                        "", false, "5s", "2m", sha256Prefix(createUsers)));
    }

    /** The fingerprint follows the source text, not its line endings: a Windows checkout must match a Linux one. */
    @Test
    void theSourceFingerprintChangesWithTheSourceButNotWithItsLineEndings(@TempDir Path other) throws IOException {
        String source = migration("app.db", "First", "a1", "");
        sources.write("app/db/First.java", source);
        sources.compileInto(classes, withProcessors());
        String unix = index(classes).get(0).sourceFingerprint();

        sources.clear().write("app/db/First.java", source.replace("\n", "\r\n"));
        sources.compileInto(other, withProcessors());
        String windows = index(other).get(0).sourceFingerprint();

        sources.clear().write("app/db/First.java", source + "// a comment\n");
        sources.compileInto(other, withProcessors());
        String edited = index(other).get(0).sourceFingerprint();

        assertThat(unix).hasSize(32).isEqualTo(windows).isNotEqualTo(edited);
    }

    /** A jar built by a release whose index had no fingerprints still answers; its revisions are verified by loading. */
    @Test
    void anIndexOfTheFirstFormIsReadWithoutFingerprints() {
        String first = "# dev.migrations index 1\napp.db.First\ta1\t\t\t\tcreate\ttrue\t\t\n";

        assertThat(IndexFormat.read(new java.io.StringReader(first), "old.jar")).containsExactly(
                new IndexedMigration("app.db.First", "a1", List.of(), List.of(), List.of(), "create", true, "", "", ""));
    }

    private static String sha256Prefix(String source) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JDK 17 to 22 run the processors on the class path; JDK 23 and later only when the build asks. */
    @Test
    void javacRunsTheProcessorFromTheClassPathByDefaultOnlyBeforeJdk23() throws IOException {
        sources.write("app/db/CreateUsers.java", migration("app.db", "CreateUsers", "a1", ""));

        sources.compileInto(classes, List.of());

        assertThat(Files.exists(classes.resolve(MigrationIndex.RESOURCE))).as("index written by default on JDK " + JDK)
                .isEqualTo(JDK < 23);
    }

    @Test
    void anIncrementalCompilationKeepsTheEntriesOfTheClassesItDoesNotSee() throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.compileInto(classes, withProcessors());
        sources.clear().write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));

        sources.compileInto(classes, withProcessors());

        assertThat(index(classes)).extracting(IndexedMigration::className).containsExactly("app.db.First", "app.db.Second");
    }

    @Test
    void theIndexOfAJarAnswersForThePackagesAndTheClassesThatAreStillThere(@TempDir Path jars) throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.write("app/db/gone/Second.java", migration("app.db.gone", "Second", "a2", "a1"));
        sources.write("other/Third.java", migration("other", "Third", "t1", ""));
        sources.compileInto(classes, withProcessors());
        Files.delete(classes.resolve("app/db/gone/Second.class"));

        try (URLClassLoader loader = loader(JavaSources.jar(classes, jars.resolve("app.jar")))) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app.db"));

            assertThat(index.covers()).isTrue();
            assertThat(index.migrations()).extracting(IndexedMigration::className).containsExactly("app.db.First");
        }
    }

    @Test
    void aJarWithoutAnIndexIsNamedAndTheIndexDoesNotAnswer(@TempDir Path unindexed, @TempDir Path jars) throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.compileInto(classes, withProcessors());
        sources.clear().write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));
        sources.compileInto(unindexed, List.of("-proc:none"));
        Path withoutIndex = JavaSources.jar(unindexed, jars.resolve("plain.jar"));

        try (URLClassLoader loader = loader(JavaSources.jar(classes, jars.resolve("app.jar")), withoutIndex)) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app.db"));

            assertThat(index.covers()).isFalse();
            assertThat(index.missingFromAJar()).isTrue();
            assertThat(index.uncoveredRoot()).isEqualTo("jar:" + withoutIndex.toUri().toURL() + "!/");
            assertThat(index.migrations()).isEmpty();
        }
    }

    /**
     * The application's own module, its migrations in a module of their own: its jar holds the packages, so without an
     * index of its own it would make every start scan the class path.
     */
    @Test
    void aModuleWithoutMigrationsGetsAnEmptyIndexThatCoversItsJar(@TempDir Path application, @TempDir Path jars)
            throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.compileInto(classes, withProcessors());
        sources.clear().write("app/Main.java", "package app;\npublic class Main { }\n");
        sources.compileInto(application, withProcessors());

        assertThat(index(application)).isEmpty();
        try (URLClassLoader loader = loader(JavaSources.jar(application, jars.resolve("application.jar")),
                JavaSources.jar(classes, jars.resolve("schema.jar")))) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app"));

            assertThat(index.covers()).as(index.toString()).isTrue();
            assertThat(index.migrations()).extracting(IndexedMigration::className).containsExactly("app.db.First");
        }
    }

    /**
     * Spring AOT compiles the code it generates (every class {@code @Generated}) in a javac run of its own, into a
     * directory it then copies over the application's classes: an index of that run would replace the
     * application's with an empty one, and the packaged application would find no migration.
     */
    @Test
    void aCompilationOfSpringAotGeneratedCodeAloneWritesNoIndex(@TempDir Path annotations, @TempDir Path aot) {
        sources.write("org/springframework/aot/generate/Generated.java",
                "package org.springframework.aot.generate;\npublic @interface Generated { }\n");
        sources.compileInto(annotations, List.of("-proc:none"));
        sources.clear().write("app/Main__BeanDefinitions.java",
                "package app;\n@org.springframework.aot.generate.Generated\npublic class Main__BeanDefinitions { }\n");

        sources.compileInto(aot, withProcessors(), annotations);

        assertThat(aot.resolve("app/Main__BeanDefinitions.class")).exists();
        assertThat(aot.resolve(MigrationIndex.RESOURCE)).doesNotExist();
        sources.write("app/Main.java", "package app;\npublic class Main { }\n");
        sources.compileInto(aot, withProcessors(), annotations);
        assertThat(aot.resolve(MigrationIndex.RESOURCE)).as("with a class of its own, a module gets its index")
                .exists();
    }

    /**
     * Kotlin's Maven build compiles the Kotlin sources into the classes directory before javac compiles the Java ones
     * with the processor: the jar then holds a migration the index does not list, which must not be missed.
     */
    @Test
    void aJarHoldingAMigrationItsIndexDoesNotListIsNotCovered(@TempDir Path jars) throws IOException {
        sources.write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));
        sources.compileInto(classes, List.of("-proc:none"));
        sources.clear().write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.compileInto(classes, withProcessors());

        assertThat(index(classes)).extracting(IndexedMigration::className).containsExactly("app.db.First");
        Path jar = JavaSources.jar(classes, jars.resolve("app.jar"));
        try (URLClassLoader loader = loader(jar)) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app"));

            assertThat(index.covers()).isFalse();
            assertThat(index.missingFromAJar()).isTrue();
            assertThat(index.migrations()).isEmpty();
            assertThat(index.whyUncovered()).startsWith("jar:" + jar.toUri().toURL() + "!/ holds app.db.Second, "
                    + "which carries @Migration but is not in that jar's migration index");
        }
    }

    /**
     * Classes the indexed compilation did not compile are looked at, and pass when they carry no {@code @Migration}:
     * Kotlin's entities and services, and the classes Spring AOT compiles in a run of its own. The classes javac
     * compiled (nested ones included) are vouched for by the list beside the index, which an incremental
     * compilation extends.
     */
    @Test
    void classesTheIndexedCompilationDidNotCompileAreLookedAt(@TempDir Path jars) throws IOException {
        sources.write("app/Service.java", "package app;\npublic class Service { static class Part { } }\n");
        sources.compileInto(classes, List.of("-proc:none"));
        sources.clear().write("app/db/First.java", migration("app.db", "First", "a1", ""))
                .write("app/Main.java", "package app;\npublic class Main { Runnable r = new Runnable() { "
                        + "public void run() { } }; }\n");
        sources.compileInto(classes, withProcessors());
        sources.clear().write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));
        sources.compileInto(classes, withProcessors());

        assertThat(compiledClasses(classes)).containsExactly("app.Main", "app.db.First", "app.db.Second");
        try (URLClassLoader loader = loader(JavaSources.jar(classes, jars.resolve("app.jar")))) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app"));

            assertThat(index.covers()).as(index.whyUncovered()).isTrue();
            assertThat(index.migrations()).extracting(IndexedMigration::className)
                    .containsExactly("app.db.First", "app.db.Second");
        }
    }

    /** A jar an earlier release built has an index but no list of compiled classes: each class of it is looked at. */
    @Test
    void aJarWithoutTheListOfCompiledClassesHasEachClassLookedAt(@TempDir Path jars) throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""))
                .write("app/Main.java", "package app;\npublic class Main { }\n");
        sources.compileInto(classes, withProcessors());
        Files.delete(classes.resolve(MigrationIndex.COMPILED_CLASSES));

        try (URLClassLoader loader = loader(JavaSources.jar(classes, jars.resolve("app.jar")))) {
            assertThat(MigrationIndex.read(loader, List.of("app")).migrations())
                    .extracting(IndexedMigration::className).containsExactly("app.db.First");
        }
        sources.clear().write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));
        sources.compileInto(classes, List.of("-proc:none"));
        try (URLClassLoader loader = loader(JavaSources.jar(classes, jars.resolve("app-2.jar")))) {
            assertThat(MigrationIndex.read(loader, List.of("app")).whyUncovered()).contains("holds app.db.Second");
        }
    }

    /**
     * kapt shows processors a Java stub of each Kotlin class, its methods without bodies: a fingerprint of the stub
     * would stay the same while the migration's code changes, and vouch for a revision whose code is not what ran.
     */
    @Test
    void aKotlinClassSeenThroughAStubGetsNoSourceFingerprint(@TempDir Path annotations) throws IOException {
        sources.write("kotlin/Metadata.java", "package kotlin;\npublic @interface Metadata { }\n");
        sources.compileInto(annotations, List.of("-proc:none"));
        sources.clear().write("app/db/First.java", migration("app.db", "First", "a1", "")
                .replace("public class First", "@kotlin.Metadata public class First"));

        sources.compileInto(classes, withProcessors(), annotations);

        assertThat(index(classes)).singleElement().extracting(IndexedMigration::sourceFingerprint).isEqualTo("");
    }

    /** An IDE compiles into the build's directory without processors, adding classes the last index does not list. */
    @Test
    void anIndexInADirectoryOfClassesIsNotTrusted() throws IOException {
        sources.write("app/db/First.java", migration("app.db", "First", "a1", ""));
        sources.compileInto(classes, withProcessors());
        sources.clear().write("app/db/Second.java", migration("app.db", "Second", "a2", "a1"));
        sources.compileInto(classes, List.of("-proc:none"));

        try (URLClassLoader loader = loader(classes)) {
            MigrationIndex index = MigrationIndex.read(loader, List.of("app.db"));

            assertThat(index.covers()).isFalse();
            assertThat(index.missingFromAJar()).isFalse();
        }
    }

    private static List<IndexedMigration> index(Path output) throws IOException {
        return IndexFormat.read(Files.newBufferedReader(output.resolve(MigrationIndex.RESOURCE)), output.toString());
    }

    private static java.util.Set<String> compiledClasses(Path output) throws IOException {
        return IndexFormat.readClasses(Files.newBufferedReader(output.resolve(MigrationIndex.COMPILED_CLASSES)),
                output.toString());
    }

    private static URLClassLoader loader(Path... roots) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            urls.add(root.toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), null);
    }
}
