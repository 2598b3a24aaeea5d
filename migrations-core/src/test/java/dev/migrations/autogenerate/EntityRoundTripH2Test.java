package dev.migrations.autogenerate;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.autogenerate.model.RichModel;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Types;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip on H2, of the entities H2 can hold ({@link RichModel#H2}): the enum by name becomes an H2
 * {@code ENUM('A', 'B')} column; the PostgreSQL named enum type is left out.
 *
 * <p>The migrations run through a connection pool, as in an application, and must: H2 2.4.240 binds a
 * {@code CHECK (x IN ('a', 'b'))} to the session that created it, and once that session is closed every insert
 * fails with "Check constraint invalid ... The database has been closed" (h2database issues 4292, 4302, 4308).
 */
class EntityRoundTripH2Test extends EntityRoundTripContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase hibernateDb = TestDatabase.h2();

    private static HikariDataSource pool;

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    TestDatabase hibernateDatabase() {
        return hibernateDb;
    }

    @Override
    DataSource runnerDataSource() {
        if (pool == null) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.user());
            pool.setPassword(db.password());
            pool.setMaximumPoolSize(2);
        }
        return pool;
    }

    @AfterAll
    static void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }

    @Override
    List<Class<?>> entities() {
        return RichModel.H2;
    }

    @Override
    ColumnType jsonType() {
        return Types.JSON;
    }

    /**
     * Hibernate's native ENUM column (its values sorted, as Hibernate writes them) is read back with its values,
     * so that a second generation leaves it alone.
     */
    @Test
    void anEnumByNameIsAnH2EnumWithItsValues() {
        steps.generate(entities(), "CreateSchema");
        steps.upgrade();

        assertThat(table(steps.live(), "listing").column("status").orElseThrow().type())
                .isEqualTo(Types.raw("ENUM('ACTIVE', 'ARCHIVED', 'DRAFT')"));
    }
}
