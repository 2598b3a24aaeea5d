package dev.migrations.autogenerate;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntityChangeH2Test extends EntityChangeContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }
}
