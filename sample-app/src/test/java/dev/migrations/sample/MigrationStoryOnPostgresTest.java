package dev.migrations.sample;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationStoryOnPostgresTest extends MigrationStoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    Set<String> enumTypes() {
        Object names = catalog.queryValue("SELECT COALESCE(string_agg(typname, ','), '') FROM pg_type t"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = current_schema()");
        return names.toString().isEmpty() ? Set.of() : new TreeSet<>(Set.of(names.toString().split(",")));
    }

    @Test
    void userStatusIsANamedEnumTypeWithItsValuesInOrder() {
        migrations.upgrade("heads");

        assertThat(catalog.queryValue("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum e"
                + " JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'user_status'"))
                .isEqualTo("PENDING,ACTIVE,SUSPENDED");
        assertThat(catalog.queryValue("SELECT udt_name FROM information_schema.columns"
                + " WHERE table_name = 'users' AND column_name = 'status'")).isEqualTo("user_status");
    }

    @Test
    void activeBotsIndexIsPartialOnPostgres() {
        migrations.upgrade("heads");

        assertThat(catalog.queryValue("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_trading_bots_active_created_at'"))
                .asString().endsWith("(created_at) WHERE is_active");
    }
}
