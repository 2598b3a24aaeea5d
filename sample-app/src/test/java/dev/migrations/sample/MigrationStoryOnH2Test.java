package dev.migrations.sample;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The default database of the sample: the whole story must run on it, as it does on PostgreSQL. */
class MigrationStoryOnH2Test extends MigrationStoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return database;
    }

    /** H2 has no enum types of its own: the dialect makes each a domain over ENUM. */
    @Override
    Set<String> enumTypes() {
        Object names = catalog.queryValue("SELECT COALESCE(LISTAGG(DOMAIN_NAME, ','), '') FROM INFORMATION_SCHEMA.DOMAINS"
                + " WHERE DOMAIN_SCHEMA = CURRENT_SCHEMA");
        return names.toString().isEmpty() ? Set.of()
                : new TreeSet<>(Set.of(names.toString().toLowerCase(Locale.ROOT).split(",")));
    }
}
