package dev.migrations.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.Migrations;
import dev.migrations.sample.migrations.AddEmailVerifiedToUsers;
import dev.migrations.sample.migrations.AddNotesTable;
import dev.migrations.sample.migrations.AddPartialIndexOnActiveTradingBots;
import dev.migrations.sample.migrations.AddTradingBotsAndTradesTables;
import dev.migrations.sample.migrations.AddUserPreferencesTable;
import dev.migrations.sample.migrations.AddUserStatusEnum;
import dev.migrations.sample.migrations.AddUsersCreatedAtIndex;
import dev.migrations.sample.migrations.BackfillUsersFullName;
import dev.migrations.sample.migrations.ChangeDailyTradeLimitToInteger;
import dev.migrations.sample.migrations.CreateUsersTable;
import dev.migrations.sample.migrations.MergeHeads;
import dev.migrations.sample.migrations.RenameUsersEmailToEmailAddress;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantProgress;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * The sample's twelve revisions fanned out to many schemas of one PostgreSQL database: the upgrade from empty and the
 * check with nothing pending, by a tenant set at several parallelisms, against Flyway called in a loop over the same
 * schemas (one {@code Flyway} per schema, its documented approach) with the same DDL as SQL files. Writes the
 * "Tenants" section of the report.
 *
 * <p>Arguments: {@code --schemas 1000 --parallelism 1,2,4 --no-op-rounds 3 --out docs/benchmarks.md}.
 */
final class TenantsBench {

    private final Postgres server = Postgres.fromSystemProperties();
    private final String run = "bench_t" + ProcessHandle.current().pid() + "_";
    private final List<String> schemas;
    private final int noOpRounds;

    private TenantsBench(int schemas, int noOpRounds) {
        this.schemas = IntStream.rangeClosed(1, schemas).mapToObj(i -> String.format("tenant_%04d", i)).toList();
        this.noOpRounds = noOpRounds;
    }

    static void main(String[] args) throws Exception {
        int schemas = Integer.parseInt(option(args, "--schemas", "1000"));
        List<Integer> parallelisms = Arrays.stream(option(args, "--parallelism", "1,2,4").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int noOpRounds = Integer.parseInt(option(args, "--no-op-rounds", "3"));
        Path out = Path.of(option(args, "--out", "docs/benchmarks.md"));
        TenantsBench bench = new TenantsBench(schemas, noOpRounds);
        List<Row> rows = new ArrayList<>();
        for (int parallelism : parallelisms) {
            rows.add(bench.tenantSet(parallelism));
        }
        rows.add(bench.flywayLoop());
        String section = bench.section(rows, parallelisms);
        System.out.println(section);
        ReportFile.Section.TENANTS.writeInto(out, section);
    }

    /**
     * One line of the table: a tool at a parallelism, its upgrade and its no-op check, in milliseconds; the no-op
     * check again with migrations not from the build-time index (each tenant then checked on its own), or -1.
     */
    record Row(String tool, int parallelism, long upgradeMillis, long noOpMillis, long noOpWithoutIndexMillis) {
    }

    private TenantMigrations tenantSet(Migrations migrations, int parallelism) {
        return TenantMigrations.builder(migrations, MigrationTenants.schemas(schemas.toArray(String[]::new)))
                .parallelism(parallelism).build();
    }

    private static void requireNoChange(TenantMigrations tenants) {
        if (!tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess().changed().isEmpty()) {
            throw new IllegalStateException("the no-op check changed a tenant");
        }
    }

    private Row tenantSet(int parallelism) throws Exception {
        String database = run + "ours_p" + parallelism;
        server.createDatabase(database);
        try (HikariDataSource pool = pool(database, 2 * parallelism + 1)) {
            TenantMigrations tenants = tenantSet(indexed(pool), parallelism);
            long upgrade = time(() -> tenants.upgrade("heads", TenantProgress.Listener.NONE).requireSuccess());
            long noOp = median(() -> requireNoChange(tenants));
            long noOpWithoutIndex = median(() -> requireNoChange(tenantSet(sample(pool), parallelism)));
            log("tenant set, parallelism " + parallelism + ": upgrade " + upgrade + " ms, no-op " + noOp
                    + " ms, without the index " + noOpWithoutIndex + " ms");
            return new Row("this project's tenant set", parallelism, upgrade, noOp, noOpWithoutIndex);
        } finally {
            server.dropDatabase(database);
        }
    }

    private Row flywayLoop() throws Exception {
        String database = run + "flyway";
        server.createDatabase(database);
        Path sql = Files.createTempDirectory("tenants-flyway");
        try (HikariDataSource pool = pool(database, 2)) {
            writeFlywayScripts(sample(pool), sql);
            long upgrade = time(() -> flywayEach(pool, sql));
            long noOp = median(() -> flywayEach(pool, sql));
            log("Flyway loop: migrate " + upgrade + " ms, no-op " + noOp + " ms");
            return new Row("Flyway " + flywayVersion() + ", a loop", 1, upgrade, noOp, -1);
        } finally {
            server.dropDatabase(database);
            try (var files = Files.list(sql)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(sql);
        }
    }

    private static String flywayVersion() throws IOException {
        Properties pom = new Properties();
        try (var in = Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            if (in == null) {
                return "";
            }
            pom.load(in);
        }
        return pom.getProperty("version", "");
    }

    private void flywayEach(DataSource pool, Path sql) {
        for (String schema : schemas) {
            Flyway.configure().dataSource(pool).schemas(schema).defaultSchema(schema)
                    .locations("filesystem:" + sql).load().migrate();
        }
    }

    /**
     * The same DDL for Flyway: this project's offline script of the sample, one SQL file per revision, without the
     * version-table statements and the transaction brackets (Flyway brings its own).
     */
    private static void writeFlywayScripts(Migrations migrations, Path directory) throws IOException {
        String script = migrations.upgradeSql("base:heads");
        String[] revisions = script.split("\n-- Running upgrade ");
        for (int i = 1; i < revisions.length; i++) {
            StringBuilder body = new StringBuilder();
            for (String line : revisions[i].lines().skip(1).toList()) {
                if (!line.contains("\"migrations_version") && !line.equals("BEGIN;") && !line.equals("COMMIT;")) {
                    body.append(line).append('\n');
                }
            }
            String text = body.toString().isBlank() ? "SELECT 1;\n" : body.toString();
            Files.writeString(directory.resolve("V" + i + "__revision_" + i + ".sql"), text);
        }
    }

    /** The sample's migrations as the starter finds them: from the build-time index compiled into this jar. */
    private static Migrations indexed(DataSource dataSource) {
        return Migrations.builder(dataSource).indexedMigrations(TenantsBench.class.getClassLoader(),
                CreateUsersTable.class.getPackageName()).build();
    }

    /** The same migrations given as classes, without the index's source fingerprints. */
    private static Migrations sample(DataSource dataSource) {
        return Migrations.builder(dataSource).migrationClasses(CreateUsersTable.class, AddUserPreferencesTable.class,
                AddEmailVerifiedToUsers.class, BackfillUsersFullName.class, RenameUsersEmailToEmailAddress.class,
                ChangeDailyTradeLimitToInteger.class, AddTradingBotsAndTradesTables.class,
                AddPartialIndexOnActiveTradingBots.class, AddUserStatusEnum.class, AddNotesTable.class,
                AddUsersCreatedAtIndex.class, MergeHeads.class).build();
    }

    private HikariDataSource pool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url(database));
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private String section(List<Row> rows, List<Integer> parallelisms) throws Exception {
        Row flyway = rows.get(rows.size() - 1);
        StringBuilder text = new StringBuilder();
        text.append("## Tenants: one migration set, ").append(String.format(Locale.ROOT, "%,d", schemas.size()))
                .append(" schemas\n\n");
        text.append("`benchmarks/tenants.sh`: the sample's twelve revisions applied to ").append(schemas.size())
                .append(" schemas of one database on ").append(server.describe()).append(", through a HikariCP ")
                .append("pool of 2 × parallelism + 1 connections, the migrations from the build-time index as the starter ")
                .append("finds them. *Upgrade*: every schema from empty. *No-op*: the same call again with every ")
                .append("schema up to date, median of ").append(noOpRounds).append(" in the same JVM: the tenants at ")
                .append("the heads found with a catalog query and one digest query per 25 schemas; *without the ")
                .append("index* (migrations given as classes, no source fingerprints), each tenant is checked on its ")
                .append("own connection. Flyway is called in a loop, one `Flyway` per schema ")
                .append("(`schemas` and `defaultSchema` set to it), with the same DDL as one SQL file per revision ")
                .append("(this project's offline script of the sample, without its version-table statements). ")
                .append("The machine has ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, shared by the server and the JVM; the server's catalog work for the DDL bounds how ")
                .append("much parallelism gains.\n\n");
        text.append("| tool | parallelism | upgrade from empty | no-op check | no-op without the index "
                + "| upgrade vs Flyway |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.2f s | %s | %s |%n", row.tool(),
                    row.parallelism(), row.upgradeMillis() / 1000.0, row.noOpMillis() / 1000.0,
                    row.noOpWithoutIndexMillis() < 0 ? "" : String.format(Locale.ROOT, "%.2f s",
                            row.noOpWithoutIndexMillis() / 1000.0),
                    row == flyway ? "1.0×" : String.format(Locale.ROOT, "%.1f× faster",
                            (double) flyway.upgradeMillis() / row.upgradeMillis())));
        }
        Row best = rows.subList(0, parallelisms.size()).stream()
                .min((a, b) -> Long.compare(a.upgradeMillis(), b.upgradeMillis())).orElseThrow();
        Row bestNoOp = rows.subList(0, parallelisms.size()).stream()
                .min((a, b) -> Long.compare(a.noOpMillis(), b.noOpMillis())).orElseThrow();
        text.append(String.format(Locale.ROOT, "%nTargets: the no-op check of %,d up-to-date tenants under 2 s: "
                        + "**%s** (%.2f s at parallelism %d); the upgrade at least 2× faster than the Flyway loop: "
                        + "**%s** (%.1f× at parallelism %d).%n", schemas.size(),
                bestNoOp.noOpMillis() < 2000 ? "met" : "not met", bestNoOp.noOpMillis() / 1000.0,
                bestNoOp.parallelism(), (double) flyway.upgradeMillis() / best.upgradeMillis() >= 2 ? "met" : "not met",
                (double) flyway.upgradeMillis() / best.upgradeMillis(), best.parallelism()));
        return text.toString();
    }

    private long median(Work work) throws Exception {
        long[] times = new long[noOpRounds];
        for (int i = 0; i < noOpRounds; i++) {
            times[i] = time(work);
        }
        Arrays.sort(times);
        return times[noOpRounds / 2];
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static void log(String line) {
        System.err.println("[tenants] " + line);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
