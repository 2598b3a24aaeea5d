package dev.migrations.autogenerate;

import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.IrreversibleOperationException;
import dev.migrations.schema.LiveSchema;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRoundTripPostgresTest extends SchemaRoundTripContract {

    @RegisterExtension
    static TestDatabase live = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase target = TestDatabase.postgres();

    @Override
    TestDatabase live() {
        return live;
    }

    @Override
    TestDatabase target() {
        return target;
    }

    @Override
    String[] enumTypesBefore() {
        return new String[] {
                "CREATE TYPE old_mood AS ENUM ('a', 'b')",
                "CREATE SEQUENCE old_seq START WITH 5",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, feeling old_mood DEFAULT 'a')"};
    }

    @Override
    String[] enumTypesAfter() {
        return new String[] {
                "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                "CREATE SEQUENCE new_seq START WITH 1 INCREMENT BY 50",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, mood mood DEFAULT 'happy' NOT NULL, moods mood[], tags TEXT[],"
                        + " doc JSONB, uid UUID, photo BYTEA, wait INTERVAL, seen TIMESTAMPTZ(3), search TSVECTOR)"};
    }

    @Test
    void convertsAColumnToANewEnumTypeAndBack() {
        ComparisonResult result = roundTrip(new String[] {
                "CREATE TABLE t (id BIGINT PRIMARY KEY, status VARCHAR(10) DEFAULT 'new')"
        }, new String[] {
                "CREATE TYPE status AS ENUM ('new', 'old')",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, status status DEFAULT 'new')"
        });

        assertThat(result.operations()).filteredOn(o -> o instanceof AlterColumn).singleElement()
                .satisfies(o -> assertThat(((AlterColumn) o).serverDefault()).contains("'new'::status"));
    }

    @Test
    void convertsBetweenTwoEnumTypesThroughText() {
        live.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')", "CREATE TYPE feeling AS ENUM ('happy', 'sad')",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, m mood)", "INSERT INTO t VALUES (1, 'sad')");
        target.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')", "CREATE TYPE feeling AS ENUM ('happy', 'sad')",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, m feeling)");

        ComparisonResult result = new SchemaComparator().compare(LiveSchema.read(target.dataSource()),
                LiveSchema.read(live.dataSource()), options());
        apply(result.operations());

        assertThat(new SchemaComparator().compare(LiveSchema.read(target.dataSource()), LiveSchema.read(live.dataSource()),
                options()).hasDifferences()).isFalse();
        assertThat(query("SELECT m::text FROM t")).isEqualTo("sad");
    }

    /** PostgreSQL cannot remove an enum value: the upgrade applies, and the downgrade says it must be written. */
    @Test
    void addsEnumValuesThatTheDowngradeCannotRemove() {
        live.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')", "CREATE TABLE t (id BIGINT PRIMARY KEY, m mood)");
        target.execute("CREATE TYPE mood AS ENUM ('ecstatic', 'happy', 'content', 'sad', 'gloomy')",
                "CREATE TABLE t (id BIGINT PRIMARY KEY, m mood)");

        ComparisonResult result = new SchemaComparator().compare(LiveSchema.read(target.dataSource()),
                LiveSchema.read(live.dataSource()), options());
        apply(result.operations());

        assertThat(result.operations()).hasSize(3).allMatch(o -> o instanceof AddEnumValue);
        assertThat(LiveSchema.read(live.dataSource()).enumType("mood").orElseThrow().values())
                .isEqualTo(List.of("ecstatic", "happy", "content", "sad", "gloomy"));
        assertThatThrownBy(() -> result.operations().get(0).reverse()).isInstanceOf(IrreversibleOperationException.class);
    }
}
