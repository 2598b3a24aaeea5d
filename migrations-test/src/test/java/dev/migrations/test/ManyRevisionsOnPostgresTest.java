package dev.migrations.test;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.Migrations;
import dev.migrations.MigrationScript;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks on a history of 200 revisions, each a table and an index, on PostgreSQL through a connection pool,
 * as the test slice gives them theirs: they pass, and what each took is written to
 * target/migrations-checks-timing.md for docs/testing.md (measured, not asserted).
 */
class ManyRevisionsOnPostgresTest {

    private static final int REVISIONS = 200;

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path directory;

    @Test
    void everyCheckPassesOnTwoHundredRevisions() throws IOException {
        try (HikariDataSource pool = pool()) {
            everyCheckPasses(pool);
        }
    }

    private void everyCheckPasses(DataSource pool) throws IOException {
        MigrationsChecks checks = new MigrationsChecks(Map.of(MigrationSet.DEFAULT,
                new MigrationSet(MigrationSet.DEFAULT, chain(pool), "heads")), null);
        Path checksums = directory.resolve("checksums.txt");
        checks.recordChecksums(checksums);
        Map<String, Long> millis = new LinkedHashMap<>();

        time(millis, "single head", checks::singleHead);
        time(millis, "upgrade from base", checks::upgradesFromBase);
        time(millis, "up/down consistency", checks::upDownConsistency);
        time(millis, "downgrade leaves no trace", checks::downgradeLeavesNoTrace);
        time(millis, "no edited history", () -> checks.noEditedHistory(checksums));
        time(millis, "data round trip (revision 100)", () -> checks.dataRoundTrip(id(100),
                dataSource -> new JdbcTemplate(dataSource).update("INSERT INTO t_100 (id, name) VALUES (1, 'kept')"),
                dataSource -> assertThat(new JdbcTemplate(dataSource).queryForObject(
                        "SELECT name FROM t_100 WHERE id = 1", String.class)).isEqualTo("kept")));

        assertThat(millis).hasSize(6);
        StringBuilder report = new StringBuilder("| check | " + REVISIONS + " revisions, PostgreSQL |\n|---|---:|\n");
        millis.forEach((check, ms) -> report.append("| ").append(check).append(" | ").append(ms).append(" ms |\n"));
        Files.writeString(Path.of("target/migrations-checks-timing.md"), report);
    }

    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        return pool;
    }

    private static void time(Map<String, Long> millis, String check, Runnable run) {
        long start = System.nanoTime();
        run.run();
        millis.put(check, (System.nanoTime() - start) / 1_000_000);
    }

    /** 200 migration classes, written and compiled as a user's build would. */
    private Migrations chain(DataSource dataSource) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/gen"));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= REVISIONS; i++) {
            String name = "CreateTable" + i;
            names.add("gen." + name);
            Files.writeString(sources.resolve(name + ".java"), """
                    package gen;

                    import dev.migrations.Migration;
                    import dev.migrations.MigrationScript;
                    import dev.migrations.ops.Operations;
                    import dev.migrations.ops.Types;
                    import static dev.migrations.ops.Column.column;

                    @Migration(revision = "%s", revises = {%s}, message = "create t_%d")
                    public class %s implements MigrationScript {
                        @Override
                        public void upgrade(Operations op) {
                            op.createTable("t_%d", column("id", Types.BIGINT).primaryKey(),
                                    column("name", Types.varchar(50)));
                            op.createIndex("ix_t_%d_name", "t_%d", "name");
                        }
                    }
                    """.formatted(id(i), i == 1 ? "" : "\"" + id(i - 1) + "\"", i, name, i, i, i));
        }
        Path classes = Files.createDirectories(directory.resolve("classes"));
        ClassLoader loader = Compiler.compile(directory.resolve("src"), classes);
        List<MigrationScript> scripts = new ArrayList<>();
        for (String name : names) {
            try {
                scripts.add((MigrationScript) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name, e);
            }
        }
        return Migrations.builder(dataSource).migrations(scripts).build();
    }

    private static String id(int i) {
        return String.format("m%07d", i);
    }
}
