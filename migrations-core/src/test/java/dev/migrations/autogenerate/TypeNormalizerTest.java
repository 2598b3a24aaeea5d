package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialects;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.migrations.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TypeNormalizerTest {

    private static final TypeNormalizer POSTGRES = TypeNormalizer.forDialect(Dialects.named("postgresql"));
    private static final TypeNormalizer H2 = TypeNormalizer.forDialect(Dialects.named("h2"));

    private static ColumnType time(Integer precision) {
        return new ColumnType(TypeKind.TIME, null, precision, null, null, null);
    }

    private static ColumnType numeric(Integer precision, Integer scale) {
        return new ColumnType(TypeKind.NUMERIC, null, precision, scale, null, null);
    }

    private static ColumnType varcharWithoutLength() {
        return new ColumnType(TypeKind.VARCHAR, null, null, null, null, null);
    }

    /** Pairs of types that are one type: in the model, in the database, or as Hibernate spells them. */
    static Stream<Arguments> sameOnBoth() {
        return Stream.of(
                arguments(varchar(255), raw("character varying(255)")),
                arguments(raw("varchar(255)"), raw("CHARACTER VARYING(255)")),
                arguments(timestamp(6), TIMESTAMP),
                arguments(raw("timestamp(6)"), raw("timestamp without time zone")),
                arguments(timestamptz(6), raw("timestamp with time zone")),
                arguments(raw("timestamptz"), TIMESTAMPTZ),
                arguments(raw("float(53)"), DOUBLE),
                arguments(raw("float8"), raw("double precision")),
                arguments(raw("float(24)"), REAL),
                arguments(raw("float4"), REAL),
                arguments(raw("int4"), INTEGER),
                arguments(raw("int"), INTEGER),
                arguments(raw("int8"), BIGINT),
                arguments(raw("int2"), SMALLINT),
                arguments(raw("bool"), BOOLEAN),
                arguments(raw("decimal(19,2)"), numeric(19, 2)),
                arguments(numeric(10, null), numeric(10, 0)),
                arguments(raw("numeric(10)"), numeric(10, 0)),
                arguments(raw("char"), character(1)),
                arguments(raw("bpchar(3)"), character(3)),
                arguments(varcharWithoutLength(), TEXT),
                arguments(raw("text"), TEXT),
                arguments(raw("uuid"), UUID),
                arguments(raw("integer[]"), arrayOf(INTEGER)),
                arguments(raw("int4[]"), arrayOf(raw("integer"))),
                arguments(raw("INTEGER ARRAY"), arrayOf(INTEGER)),
                arguments(enumType("Mood"), enumType("MOOD")),
                arguments(raw("clob"), raw("CHARACTER LARGE OBJECT")),
                arguments(raw("blob"), raw("binary large object")),
                arguments(raw("TSVECTOR"), raw("tsvector")),
                arguments(raw("interval day to second"), INTERVAL),
                arguments(raw("enum ('A','b c')"), raw("ENUM( 'A' , 'b c' )")),
                arguments(raw("enum('it''s','OK')"), raw("ENUM('it''s', 'OK')")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sameOnBoth")
    void treatsTwoSpellingsOfOneTypeAsTheSameOnBothDatabases(ColumnType a, ColumnType b) {
        assertThat(POSTGRES.same(a, b)).as("PostgreSQL").isTrue();
        assertThat(H2.same(a, b)).as("H2").isTrue();
    }

    static Stream<Arguments> different() {
        return Stream.of(
                arguments(varchar(255), varchar(100)),
                arguments(varchar(255), TEXT),
                arguments(INTEGER, BIGINT),
                arguments(timestamp(3), TIMESTAMP),
                arguments(TIMESTAMP, TIMESTAMPTZ),
                arguments(numeric(10, 2), numeric(12, 2)),
                arguments(numeric(10, 2), numeric(null, null)),
                arguments(REAL, DOUBLE),
                arguments(raw("float(25)"), REAL),
                arguments(character(3), varchar(3)),
                arguments(enumType("mood"), enumType("feeling")),
                arguments(enumType("mood"), TEXT),
                arguments(arrayOf(INTEGER), arrayOf(BIGINT)),
                arguments(raw("tsvector"), raw("tsquery")),
                // Quoted literals keep their case and spacing: they are values, not words of the type's name.
                arguments(raw("enum('a','b')"), raw("enum('A','B')")),
                arguments(raw("ENUM('A', 'B')"), raw("ENUM('B', 'A')")),
                arguments(raw("enum('a b')"), raw("enum('a  b')")),
                arguments(raw("enum('a , b')"), raw("enum('a,b')")),
                arguments(raw("enum('it''s','Ok')"), raw("enum('it''s','OK')")));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @MethodSource("different")
    void tellsDifferentTypesApartOnBothDatabases(ColumnType a, ColumnType b) {
        assertThat(POSTGRES.same(a, b)).as("PostgreSQL").isFalse();
        assertThat(H2.same(a, b)).as("H2").isFalse();
    }

    /** Where the databases differ: default TIME precision, bytea's missing length, H2's single JSON type. */
    static Stream<Arguments> byDatabase() {
        return Stream.of(
                arguments(TIME, time(6), true, false),
                arguments(TIME, time(0), false, true),
                arguments(binary(16), BINARY, true, false),
                arguments(raw("bytea"), binary(255), true, false),
                arguments(JSONB, JSON, false, true));
    }

    @ParameterizedTest(name = "{0} vs {1}: PostgreSQL {2}, H2 {3}")
    @MethodSource("byDatabase")
    void followsEachDatabasesOwnDefaults(ColumnType a, ColumnType b, boolean samePostgres, boolean sameH2) {
        assertThat(POSTGRES.same(a, b)).as("PostgreSQL").isEqualTo(samePostgres);
        assertThat(H2.same(a, b)).as("H2").isEqualTo(sameH2);
    }

    /**
     * A named enum with its values is the named type where types have names (the values live in the type), and
     * the column's own ENUM on MariaDB, as its schema reader spells it.
     */
    @Test
    void anEnumWithItsValuesIsTheNamedTypeOrTheColumnsOwnEnum() {
        TypeNormalizer mariaDb = TypeNormalizer.forDialect(Dialects.named("mariadb"));

        assertThat(POSTGRES.same(enumType("mood", "happy", "sad"), enumType("mood"))).isTrue();
        assertThat(H2.same(enumType("mood", "happy", "sad"), enumType("MOOD"))).isTrue();
        assertThat(mariaDb.same(enumType("mood", "happy", "it's sad"), raw("ENUM('happy','it''s sad')"))).isTrue();
        assertThat(mariaDb.same(enumType("mood", "happy", "sad"), raw("ENUM('sad','happy')"))).isFalse();
    }

    /** Hibernate's DDL on MariaDB and a portable migration name different types for an Instant and a boolean. */
    @Test
    void onMariaDbHibernatesTypesMeetThePortableOnesOfTheSameAffinity() {
        TypeNormalizer mariaDb = TypeNormalizer.forDialect(Dialects.named("mariadb"));

        assertThat(mariaDb.same(raw("bit"), BOOLEAN)).isTrue();
        assertThat(mariaDb.same(timestamp(6), TIMESTAMPTZ)).isTrue();
        assertThat(mariaDb.same(timestamp(3), TIMESTAMPTZ)).as("the precision still counts").isFalse();
        assertThat(mariaDb.same(raw("bit(8)"), BOOLEAN)).isFalse();
        assertThat(POSTGRES.same(TIMESTAMP, TIMESTAMPTZ)).isFalse();
    }
}
