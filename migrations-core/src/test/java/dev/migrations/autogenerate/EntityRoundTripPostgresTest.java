package dev.migrations.autogenerate;

import dev.migrations.autogenerate.model.RichModel;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Types;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

class EntityRoundTripPostgresTest extends EntityRoundTripContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase hibernateDb = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    TestDatabase hibernateDatabase() {
        return hibernateDb;
    }

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    List<Class<?>> entities() {
        return RichModel.POSTGRES;
    }

    @Override
    ColumnType jsonType() {
        return Types.JSONB;
    }
}
