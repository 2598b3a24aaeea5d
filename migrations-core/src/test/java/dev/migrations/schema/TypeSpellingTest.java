package dev.migrations.schema;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.TypeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.migrations.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TypeSpellingTest {

    static Stream<Arguments> spellings() {
        return Stream.of(
                // PostgreSQL's format_type
                arguments("smallint", SMALLINT),
                arguments("integer", INTEGER),
                arguments("bigint", BIGINT),
                arguments("numeric(12,2)", numeric(12, 2)),
                arguments("numeric", new ColumnType(TypeKind.NUMERIC, null, null, null, null, null)),
                arguments("real", REAL),
                arguments("double precision", DOUBLE),
                arguments("boolean", BOOLEAN),
                arguments("character(3)", character(3)),
                arguments("character varying(255)", varchar(255)),
                arguments("character varying", new ColumnType(TypeKind.VARCHAR, null, null, null, null, null)),
                arguments("text", TEXT),
                arguments("date", DATE),
                arguments("time without time zone", TIME),
                arguments("time(3) without time zone", new ColumnType(TypeKind.TIME, null, 3, null, null, null)),
                arguments("timestamp without time zone", TIMESTAMP),
                arguments("timestamp(3) without time zone", timestamp(3)),
                arguments("timestamp with time zone", TIMESTAMPTZ),
                arguments("timestamp(0) with time zone", timestamptz(0)),
                arguments("interval", INTERVAL),
                arguments("uuid", UUID),
                arguments("bytea", BINARY),
                arguments("json", JSON),
                arguments("jsonb", JSONB),
                arguments("integer[]", arrayOf(INTEGER)),
                arguments("character varying(20)[]", arrayOf(varchar(20))),
                // Hibernate's and SQL's spellings
                arguments("varchar(255)", varchar(255)),
                arguments("VARCHAR(255)", varchar(255)),
                arguments("int4", INTEGER),
                arguments("int", INTEGER),
                arguments("int8", BIGINT),
                arguments("int2", SMALLINT),
                arguments("bool", BOOLEAN),
                arguments("float4", REAL),
                arguments("float8", DOUBLE),
                arguments("float(53)", DOUBLE),
                arguments("float(24)", REAL),
                arguments("float", DOUBLE),
                arguments("decimal(19, 2)", numeric(19, 2)),
                arguments("numeric(38,2)", numeric(38, 2)),
                arguments("timestamp(6)", timestamp(6)),
                arguments("timestamp(6) with time zone", timestamptz(6)),
                arguments("timestamptz", TIMESTAMPTZ),
                arguments("char(1)", character(1)),
                arguments("bpchar", new ColumnType(TypeKind.CHAR, null, null, null, null, null)),
                arguments("varbinary(16)", binary(16)),
                arguments("serial", INTEGER),
                arguments("bigserial", BIGINT),
                // H2's
                arguments("CHARACTER VARYING(10)", varchar(10)),
                arguments("DOUBLE PRECISION", DOUBLE),
                arguments("BINARY VARYING(8)", binary(8)),
                arguments("INTERVAL DAY TO SECOND", INTERVAL),
                arguments("INTEGER ARRAY", arrayOf(INTEGER)),
                arguments("VARCHAR(5) ARRAY[10]", arrayOf(varchar(5))),
                // no portable kind: kept as spelled
                arguments("tsvector", raw("tsvector")),
                arguments("bit(3)", raw("bit(3)")),
                arguments("interval(6)", raw("interval(6)")),
                arguments("CHARACTER LARGE OBJECT", raw("CHARACTER LARGE OBJECT")),
                arguments("public.mood", raw("public.mood")),
                arguments("\"Mood\"", raw("\"Mood\"")),
                arguments("tsvector[]", raw("tsvector[]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void readsEachSpellingAsItsPortableType(String spelling, ColumnType expected) {
        assertThat(TypeSpelling.parse(spelling)).isEqualTo(expected);
    }
}
