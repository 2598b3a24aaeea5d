package dev.migrations.autoconfigure;

import dev.migrations.index.IndexedMigration;
import dev.migrations.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.migrations.testing.JavaSources.migration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways migrations are found: the build-time index, when every jar holding the packages has one, and the
 * class-path scan otherwise (a jar built without the processor, such as on JDK 23+ without -proc:full, or a
 * directory of classes). Both find the same classes; a jar without an index says, once, how to enable it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationClassScannerTest {

    @Test
    void theIndexAndTheScanFindTheSameMigrations(@TempDir Path sourceDir, @TempDir Path indexed, @TempDir Path unindexed,
                                                  @TempDir Path jars, CapturedOutput output) throws Exception {
        JavaSources sources = new JavaSources(sourceDir)
                .write("shop/db/CreateOrders.java", migration("shop.db", "CreateOrders", "o1", ""))
                .write("shop/db/more/AddTotals.java", migration("shop.db.more", "AddTotals", "o2", "o1"))
                .write("shop/other/NotScanned.java", migration("shop.other", "NotScanned", "x1", ""));
        sources.compileInto(indexed, JavaSources.withProcessors());
        sources.compileInto(unindexed, List.of("-proc:none"));
        Path indexedJar = JavaSources.jar(indexed, jars.resolve("indexed.jar"));
        Path scanned = JavaSources.jar(unindexed, jars.resolve("scanned.jar"));

        Set<String> fromIndex = classNames(indexedJar);
        assertThat(output).doesNotContain("has no migration index");
        Set<String> fromScan = classNames(scanned);

        assertThat(fromIndex).containsExactly("shop.db.CreateOrders", "shop.db.more.AddTotals");
        assertThat(fromScan).isEqualTo(fromIndex);
        assertThat(output).containsOnlyOnce("has no migration index").contains(scanned.toUri().toURL() + "!/")
                .contains("-proc:full");
        classNames(scanned, "shop.db", "shop.db.more");
        assertThat(output.getOut().split("has no migration index", -1)).as("once per scan, however many packages")
                .hasSize(3);
    }

    /**
     * A jar whose index leaves out a migration another compiler made (Kotlin's, compiled into the same classes before
     * javac ran the processor) is scanned, and the log names that class: every migration is found.
     */
    @Test
    void aMigrationTheIndexDoesNotListIsFoundByTheScanAndNamed(@TempDir Path sourceDir, @TempDir Path mixed,
                                                              @TempDir Path jars, CapturedOutput output)
            throws Exception {
        JavaSources sources = new JavaSources(sourceDir)
                .write("shop/db/more/AddTotals.java", migration("shop.db.more", "AddTotals", "o2", "o1"));
        sources.compileInto(mixed, List.of("-proc:none"));
        sources.clear().write("shop/db/CreateOrders.java", migration("shop.db", "CreateOrders", "o1", ""))
                .compileInto(mixed, JavaSources.withProcessors());

        assertThat(classNames(JavaSources.jar(mixed, jars.resolve("mixed.jar"))))
                .containsExactly("shop.db.CreateOrders", "shop.db.more.AddTotals");
        assertThat(output).containsOnlyOnce("Scanning the class path for @Migration classes")
                .contains("holds shop.db.more.AddTotals, which carries @Migration but is not in that jar's "
                        + "migration index");
    }

    /** The scan reads each annotation from the class file, without loading it: the same declaration as the index. */
    @Test
    void theScanReadsTheSameDeclarationsAsTheIndexWithoutFingerprints(@TempDir Path sourceDir, @TempDir Path indexed,
                                                                       @TempDir Path unindexed, @TempDir Path jars)
            throws Exception {
        JavaSources sources = new JavaSources(sourceDir).write("shop/db/AddTotals.java", """
                package shop.db;
                @dev.migrations.Migration(revision = "o2", revises = {"o1", "p1"}, dependsOn = "x1", message = "totals",
                        branchLabels = "shop", transactional = false, lockTimeout = "5s", statementTimeout = "1m")
                public class AddTotals implements dev.migrations.MigrationScript {
                    public void upgrade(dev.migrations.ops.Operations op) { }
                }
                """);
        sources.compileInto(indexed, JavaSources.withProcessors());
        sources.compileInto(unindexed, List.of("-proc:none"));

        IndexedMigration fromIndex = declarations(JavaSources.jar(indexed, jars.resolve("indexed.jar"))).get(0);
        IndexedMigration fromScan = declarations(JavaSources.jar(unindexed, jars.resolve("scanned.jar"))).get(0);

        assertThat(fromIndex.sourceFingerprint()).hasSize(32);
        assertThat(fromScan).isEqualTo(new IndexedMigration("shop.db.AddTotals", "o2", List.of("o1", "p1"),
                List.of("x1"), List.of("shop"), "totals", false, "5s", "1m", ""));
        assertThat(fromScan).usingRecursiveComparison().ignoringFields("sourceFingerprint").isEqualTo(fromIndex);
    }

    /** A directory of classes (an IDE's output) is scanned without a word: it is no build that lacks the processor. */
    @Test
    void aDirectoryOfClassesIsScannedQuietly(@TempDir Path sourceDir, @TempDir Path classes, CapturedOutput output)
            throws Exception {
        new JavaSources(sourceDir).write("shop/db/CreateOrders.java", migration("shop.db", "CreateOrders", "o1", ""))
                .compileInto(classes, JavaSources.withProcessors());

        assertThat(classNames(classes)).containsExactly("shop.db.CreateOrders");
        assertThat(output).doesNotContain("has no migration index");
    }

    private static Set<String> classNames(Path root, String... packages) throws Exception {
        return declarations(root, packages).stream().map(IndexedMigration::className)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static List<IndexedMigration> declarations(Path root, String... packages) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                MigrationClassScannerTest.class.getClassLoader())) {
            return new MigrationClassScanner(new StandardEnvironment(), new DefaultResourceLoader(loader))
                    .scan(packages.length == 0 ? List.of("shop.db") : List.of(packages)).migrations();
        }
    }
}
