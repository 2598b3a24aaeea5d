package dev.migrations.reliability;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.migrations.ops.Column.column;

/**
 * Seed data written as the docs show it, with {@code Map.of} rows, whose key order the JVM picks anew at each
 * start: the migrations of {@link ChecksumsAcrossJvmsTest}.
 */
final class SeedDataMigrations {

    static final int MAX_KEYS = 10;

    private SeedDataMigrations() {
    }

    static List<Class<? extends MigrationScript>> classes() {
        return List.of(CreateOwners.class, SeedOwners.class);
    }

    /** A row of {@code keys} columns, {@code c01 .. cNN}, built with Map.of as a user would. */
    static Map<String, Object> row(int keys, int number) {
        Map<String, Object> values = new HashMap<>();
        for (int k = 1; k <= keys; k++) {
            values.put(String.format(Locale.ROOT, "c%02d", k), "r" + number + "k" + k);
        }
        return Map.copyOf(values);
    }

    @Migration(revision = "5eed00000001", message = "owners")
    public static final class CreateOwners implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            List<dev.migrations.ops.TableElement> columns = new ArrayList<>();
            columns.add(column("id", Types.BIGINT).primaryKey().identity());
            for (int k = 1; k <= MAX_KEYS; k++) {
                columns.add(column(String.format(Locale.ROOT, "c%02d", k), Types.TEXT));
            }
            op.createTable("owners", columns.toArray(dev.migrations.ops.TableElement[]::new));
            op.createTable("stamps", column("at", Types.TIMESTAMPTZ));
        }
    }

    @Migration(revision = "5eed00000002", revises = "5eed00000001", message = "seed data")
    public static final class SeedOwners implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.bulkInsert("owners", List.of(
                    Map.of("c01", "George", "c02", "Franklin"),
                    Map.of("c01", "Betty", "c02", "Davis", "c03", "Sun Prairie")));
            for (int keys = 2; keys <= MAX_KEYS; keys++) {
                op.bulkInsert("owners", List.of(row(keys, 1), row(keys, 2)));
            }
            op.execute("INSERT INTO stamps VALUES (?)", new Timestamp(1_700_000_000_123L));
        }
    }
}
