package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialect;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Identifiers;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.TypeSpelling;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a column type to the one form each database gives it, so that two spellings of one type compare
 * equal: {@code varchar(255)} and {@code character varying(255)}, {@code timestamp(6)} and
 * {@code timestamp without time zone}, {@code float(53)} and {@code double precision}, {@code int4} and
 * {@code integer}, {@code bool} and {@code boolean}.
 *
 * <p>The rules, for every database, after its dialect has brought the type to the form it stores
 * ({@link Dialect#stored}: a binary length PostgreSQL ignores, H2's precision of TIME and its one JSON type):
 * <ul>
 *   <li>a raw spelling that names a portable type is that type ({@link TypeSpelling}); other raw spellings
 *       compare ignoring case and spacing, with a few synonyms ({@code clob}, {@code blob}, {@code timetz}),
 *       except inside quoted literals: {@code ENUM('a', 'b')} and {@code ENUM('A', 'B')} are different types;</li>
 *   <li>{@code VARCHAR} without a length is {@code TEXT} (PostgreSQL: the same type; H2: TEXT is written as an
 *       unbounded VARCHAR);</li>
 *   <li>{@code CHAR} without a length is {@code CHAR(1)}; {@code NUMERIC(p)} is {@code NUMERIC(p, 0)};</li>
 *   <li>{@code TIME}, {@code TIMESTAMP} and {@code TIMESTAMP WITH TIME ZONE} without a precision have 6
 *       fractional digits (unless the dialect says otherwise);</li>
 *   <li>enum type names compare ignoring case; array element types are normalized the same way.</li>
 * </ul>
 */
public final class TypeNormalizer {

    private static final Map<String, String> RAW_SYNONYMS = Map.of(
            "clob", "character large object",
            "blob", "binary large object",
            "timetz", "time with time zone",
            "time(6) with time zone", "time with time zone",
            "int1", "tinyint");

    /** A SQL string literal, its quotes doubled inside. */
    private static final Pattern QUOTED_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private final Dialect dialect;

    private TypeNormalizer(Dialect dialect) {
        this.dialect = dialect;
    }

    public static TypeNormalizer forDialect(Dialect dialect) {
        return new TypeNormalizer(dialect);
    }

    public boolean same(ColumnType a, ColumnType b) {
        return normalize(a).equals(normalize(b));
    }

    public ColumnType normalize(ColumnType type) {
        ColumnType parsed = dialect.stored(type.kind() == TypeKind.RAW ? TypeSpelling.parse(type.name()) : type);
        return switch (parsed.kind()) {
            case RAW -> Types.raw(raw(parsed.name()));
            case VARCHAR -> parsed.length() == null ? Types.TEXT : Types.varchar(parsed.length());
            case CHAR -> Types.character(parsed.length() == null ? 1 : parsed.length());
            case NUMERIC -> new ColumnType(TypeKind.NUMERIC, null, parsed.precision(),
                    parsed.precision() != null && parsed.scale() == null ? Integer.valueOf(0) : parsed.scale(), null, null);
            case TIME -> fractional(TypeKind.TIME, parsed.precision(), 6);
            case TIMESTAMP -> fractional(TypeKind.TIMESTAMP, parsed.precision(), 6);
            case TIMESTAMPTZ -> fractional(TypeKind.TIMESTAMPTZ, parsed.precision(), 6);
            case BINARY -> parsed.length() != null ? Types.binary(parsed.length()) : Types.BINARY;
            // A named type spelled raw (a column of another schema naming a type of the default one) is the same type.
            case ENUM -> Types.raw(Identifiers.bare(parsed.name()).toLowerCase(Locale.ROOT));
            case ARRAY -> Types.arrayOf(normalize(parsed.element()));
            // Kinds without parameters: drop any stray length or precision.
            default -> new ColumnType(parsed.kind(), null, null, null, null, null);
        };
    }

    private static ColumnType fractional(TypeKind kind, Integer precision, int byDefault) {
        return new ColumnType(kind, null, precision == null ? byDefault : precision, null, null, null);
    }

    /** Lower case and tight spacing outside quoted literals; each literal as written. */
    private static String raw(String spelling) {
        String stripped = spelling.strip();
        StringBuilder text = new StringBuilder();
        Matcher literal = QUOTED_LITERAL.matcher(stripped);
        int end = 0;
        while (literal.find()) {
            text.append(words(stripped.substring(end, literal.start()))).append(literal.group());
            end = literal.end();
        }
        String normalized = text.append(words(stripped.substring(end))).toString();
        return RAW_SYNONYMS.getOrDefault(normalized, normalized);
    }

    private static String words(String sql) {
        return sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",").replaceAll(" ?\\)", ")");
    }
}
