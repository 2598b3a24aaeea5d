package dev.migrations.dialect;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.TypeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.migrations.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TypeNameTest {

    static Stream<Arguments> types() {
        return Stream.of(
                arguments(SMALLINT, "SMALLINT", "SMALLINT"),
                arguments(INTEGER, "INTEGER", "INTEGER"),
                arguments(BIGINT, "BIGINT", "BIGINT"),
                arguments(numeric(12, 2), "NUMERIC(12, 2)", "NUMERIC(12, 2)"),
                arguments(new ColumnType(TypeKind.NUMERIC, null, 12, null, null, null), "NUMERIC(12)", "NUMERIC(12)"),
                arguments(new ColumnType(TypeKind.NUMERIC, null, null, null, null, null), "NUMERIC", "NUMERIC"),
                arguments(REAL, "REAL", "REAL"),
                arguments(DOUBLE, "DOUBLE PRECISION", "DOUBLE PRECISION"),
                arguments(BOOLEAN, "BOOLEAN", "BOOLEAN"),
                arguments(character(2), "CHAR(2)", "CHAR(2)"),
                arguments(varchar(80), "VARCHAR(80)", "VARCHAR(80)"),
                arguments(new ColumnType(TypeKind.VARCHAR, null, null, null, null, null), "VARCHAR", "VARCHAR"),
                arguments(TEXT, "TEXT", "CHARACTER VARYING"),
                arguments(DATE, "DATE", "DATE"),
                arguments(TIME, "TIME", "TIME"),
                arguments(new ColumnType(TypeKind.TIME, null, 3, null, null, null), "TIME(3)", "TIME(3)"),
                arguments(TIMESTAMP, "TIMESTAMP", "TIMESTAMP"),
                arguments(timestamp(6), "TIMESTAMP(6)", "TIMESTAMP(6)"),
                arguments(TIMESTAMPTZ, "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE"),
                arguments(timestamptz(3), "TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP(3) WITH TIME ZONE"),
                arguments(INTERVAL, "INTERVAL", "INTERVAL DAY TO SECOND"),
                arguments(UUID, "UUID", "UUID"),
                arguments(BINARY, "BYTEA", "VARBINARY"),
                arguments(binary(16), "BYTEA", "VARBINARY(16)"),
                arguments(JSON, "JSON", "JSON"),
                arguments(JSONB, "JSONB", "JSON"),
                arguments(arrayOf(INTEGER), "INTEGER[]", "INTEGER ARRAY"),
                arguments(arrayOf(arrayOf(varchar(5))), "VARCHAR(5)[][]", "VARCHAR(5) ARRAY ARRAY"),
                arguments(enumType("Mood"), "\"mood\"", "\"MOOD\""),
                arguments(raw("tsvector"), "tsvector", "tsvector"));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @MethodSource("types")
    void spellsEachTypeForEachDatabase(ColumnType type, String postgres, String h2) {
        assertThat(Dialects.named("postgresql").typeName(type)).isEqualTo(postgres);
        assertThat(Dialects.named("h2").typeName(type)).isEqualTo(h2);
    }
}
