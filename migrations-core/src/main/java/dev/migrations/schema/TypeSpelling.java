package dev.migrations.schema;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL type as databases and Hibernate spell it ({@code character varying(255)}, {@code int4},
 * {@code timestamp(6) with time zone}, {@code float(53)}, {@code integer[]}, {@code INTEGER ARRAY}, MariaDB's
 * {@code datetime(6)}, {@code longtext}) into a
 * {@link ColumnType}. A spelling it does not know becomes {@link Types#raw}, kept as given.
 */
public final class TypeSpelling {

    /** What the numbers in parentheses mean for a base type. */
    private enum Arguments { NONE, LENGTH, PRECISION, PRECISION_SCALE, FLOAT_BITS }

    private record Base(TypeKind kind, Arguments arguments) {
    }

    private static final Map<String, Base> BASES = Map.ofEntries(
            Map.entry("smallint", new Base(TypeKind.SMALLINT, Arguments.NONE)),
            Map.entry("int2", new Base(TypeKind.SMALLINT, Arguments.NONE)),
            Map.entry("smallserial", new Base(TypeKind.SMALLINT, Arguments.NONE)),
            Map.entry("integer", new Base(TypeKind.INTEGER, Arguments.NONE)),
            Map.entry("int", new Base(TypeKind.INTEGER, Arguments.NONE)),
            Map.entry("int4", new Base(TypeKind.INTEGER, Arguments.NONE)),
            Map.entry("serial", new Base(TypeKind.INTEGER, Arguments.NONE)),
            Map.entry("bigint", new Base(TypeKind.BIGINT, Arguments.NONE)),
            Map.entry("int8", new Base(TypeKind.BIGINT, Arguments.NONE)),
            Map.entry("bigserial", new Base(TypeKind.BIGINT, Arguments.NONE)),
            Map.entry("numeric", new Base(TypeKind.NUMERIC, Arguments.PRECISION_SCALE)),
            Map.entry("decimal", new Base(TypeKind.NUMERIC, Arguments.PRECISION_SCALE)),
            Map.entry("dec", new Base(TypeKind.NUMERIC, Arguments.PRECISION_SCALE)),
            Map.entry("real", new Base(TypeKind.REAL, Arguments.NONE)),
            Map.entry("float4", new Base(TypeKind.REAL, Arguments.NONE)),
            Map.entry("double precision", new Base(TypeKind.DOUBLE, Arguments.NONE)),
            Map.entry("double", new Base(TypeKind.DOUBLE, Arguments.NONE)),
            Map.entry("float8", new Base(TypeKind.DOUBLE, Arguments.NONE)),
            Map.entry("float", new Base(TypeKind.DOUBLE, Arguments.FLOAT_BITS)),
            Map.entry("boolean", new Base(TypeKind.BOOLEAN, Arguments.NONE)),
            Map.entry("bool", new Base(TypeKind.BOOLEAN, Arguments.NONE)),
            Map.entry("character", new Base(TypeKind.CHAR, Arguments.LENGTH)),
            Map.entry("char", new Base(TypeKind.CHAR, Arguments.LENGTH)),
            Map.entry("bpchar", new Base(TypeKind.CHAR, Arguments.LENGTH)),
            Map.entry("character varying", new Base(TypeKind.VARCHAR, Arguments.LENGTH)),
            Map.entry("varchar", new Base(TypeKind.VARCHAR, Arguments.LENGTH)),
            Map.entry("char varying", new Base(TypeKind.VARCHAR, Arguments.LENGTH)),
            Map.entry("text", new Base(TypeKind.TEXT, Arguments.NONE)),
            Map.entry("longtext", new Base(TypeKind.TEXT, Arguments.NONE)),
            Map.entry("date", new Base(TypeKind.DATE, Arguments.NONE)),
            Map.entry("time", new Base(TypeKind.TIME, Arguments.PRECISION)),
            Map.entry("time without time zone", new Base(TypeKind.TIME, Arguments.PRECISION)),
            Map.entry("timestamp", new Base(TypeKind.TIMESTAMP, Arguments.PRECISION)),
            Map.entry("timestamp without time zone", new Base(TypeKind.TIMESTAMP, Arguments.PRECISION)),
            Map.entry("timestamp with time zone", new Base(TypeKind.TIMESTAMPTZ, Arguments.PRECISION)),
            Map.entry("timestamptz", new Base(TypeKind.TIMESTAMPTZ, Arguments.PRECISION)),
            Map.entry("datetime", new Base(TypeKind.TIMESTAMP, Arguments.PRECISION)),
            Map.entry("interval", new Base(TypeKind.INTERVAL, Arguments.NONE)),
            Map.entry("interval day to second", new Base(TypeKind.INTERVAL, Arguments.NONE)),
            Map.entry("uuid", new Base(TypeKind.UUID, Arguments.NONE)),
            Map.entry("bytea", new Base(TypeKind.BINARY, Arguments.NONE)),
            Map.entry("longblob", new Base(TypeKind.BINARY, Arguments.NONE)),
            Map.entry("varbinary", new Base(TypeKind.BINARY, Arguments.LENGTH)),
            Map.entry("binary varying", new Base(TypeKind.BINARY, Arguments.LENGTH)),
            Map.entry("json", new Base(TypeKind.JSON, Arguments.NONE)),
            Map.entry("jsonb", new Base(TypeKind.JSONB, Arguments.NONE)));

    /**
     * {@code base(args) suffix}: the arguments may sit inside a multi-word name, as in
     * {@code timestamp(3) with time zone}.
     */
    private static final Pattern SHAPE = Pattern.compile(
            "([a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*)(?:\\((\\d+)(?:,(\\d+))?\\))?((?: [a-z_]+)*)");
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(.*?)\\s*(?:\\[\\d*]|\\s+array(?:\\[\\d*])?)");

    // Compiled once: every column of both models is parsed, thousands in a large model.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern OPEN = Pattern.compile(" ?\\( ?");
    private static final Pattern COMMA = Pattern.compile(" ?, ?");
    private static final Pattern CLOSE = Pattern.compile(" ?\\)");

    private TypeSpelling() {
    }

    public static ColumnType parse(String spelling) {
        String text = spelling.strip().toLowerCase(Locale.ROOT);
        text = WHITESPACE.matcher(text).replaceAll(" ");
        text = CLOSE.matcher(COMMA.matcher(OPEN.matcher(text).replaceAll("(")).replaceAll(",")).replaceAll(")");
        Matcher array = ARRAY_SUFFIX.matcher(text);
        if (array.matches() && !array.group(1).isEmpty()) {
            ColumnType element = parse(array.group(1));
            return element.kind() == TypeKind.RAW ? Types.raw(spelling.strip()) : Types.arrayOf(element);
        }
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            return Types.raw(spelling.strip());
        }
        String suffix = shape.group(4).strip();
        String name = (shape.group(1).strip() + (suffix.isEmpty() ? "" : " " + suffix)).strip();
        Base base = BASES.get(name);
        Integer first = shape.group(2) == null ? null : Integer.valueOf(shape.group(2));
        Integer second = shape.group(3) == null ? null : Integer.valueOf(shape.group(3));
        if (base == null || !accepts(base.arguments(), first, second)) {
            return Types.raw(spelling.strip());
        }
        return switch (base.arguments()) {
            case NONE -> new ColumnType(base.kind(), null, null, null, null, null);
            case LENGTH -> new ColumnType(base.kind(), first, null, null, null, null);
            case PRECISION -> new ColumnType(base.kind(), null, first, null, null, null);
            case PRECISION_SCALE -> new ColumnType(base.kind(), null, first, second, null, null);
            // SQL's FLOAT(p) counts binary digits: up to 24 is single precision, as both databases read it.
            case FLOAT_BITS -> first != null && first <= 24 ? Types.REAL : Types.DOUBLE;
        };
    }

    private static boolean accepts(Arguments arguments, Integer first, Integer second) {
        return switch (arguments) {
            case NONE -> first == null;
            case LENGTH, PRECISION, FLOAT_BITS -> second == null;
            case PRECISION_SCALE -> true;
        };
    }
}
