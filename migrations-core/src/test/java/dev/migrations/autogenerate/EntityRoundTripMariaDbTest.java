package dev.migrations.autogenerate;

import dev.migrations.autogenerate.model.RichModel;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Types;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

/**
 * The round trip on MariaDB, of the entities it can hold ({@link RichModel#MARIADB}): the enum by name becomes a
 * column's own {@code ENUM(...)}, arrays are JSON. The entity of another schema is left out: a MariaDB schema is a
 * database of the whole server, which test classes must not share.
 */
class EntityRoundTripMariaDbTest extends EntityRoundTripContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase hibernateDb = TestDatabase.mariadb();

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
        return "org.hibernate.dialect.MariaDBDialect";
    }

    @Override
    List<Class<?>> entities() {
        return RichModel.MARIADB;
    }

    @Override
    ColumnType jsonType() {
        return Types.JSON;
    }

    /** Hibernate maps arrays to JSON on MariaDB, which has no array types. */
    @Override
    ColumnType arrayType(ColumnType element) {
        return Types.JSON;
    }

    @Override
    int otherSchemaCount() {
        return 0;
    }
}
