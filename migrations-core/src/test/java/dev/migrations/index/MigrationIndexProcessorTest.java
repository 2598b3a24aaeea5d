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

    private static URLClassLoader loader(Path... roots) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            urls.add(root.toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), null);
    }
}
