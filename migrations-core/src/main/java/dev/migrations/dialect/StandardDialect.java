package dev.migrations.dialect;

import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Operation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What PostgreSQL and H2 spell alike: identifier quoting, most type names, literals, transaction
 * statements and keyset paging. Each database overrides only where it differs.
 */
public abstract class StandardDialect implements Dialect {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM", "+00:00").toFormatter();

    /** The statement rendering for this database. */
    abstract StandardStatements statementRenderer();

    @Override
    public String quote(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return '"' + fold(identifier).replace("\"", "\"\"") + '"';
    }

    @Override
    public String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    @Override
    public List<SqlStatement> statements(Operation operation) {
        return operation.accept(statementRenderer());
    }

    @Override
    public BatchSql batchedUpdate(BatchedUpdate update) {
        return new KeysetPagination(this).queries(update);
    }

    @Override
    public String beginTransaction() {
        return "BEGIN";
    }

    @Override
    public String commitTransaction() {
        return "COMMIT";
    }

    // --- types ----------------------------------------------------------------------------------

    @Override
    public String typeName(ColumnType type) {
        return typeName(type, null);
    }

    /**
     * The type's name; a named enum type is looked up in {@code schema}, the schema of the table using it,
     * as {@link dev.migrations.ops.Operations#inSchema} creates both there.
     */
    String typeName(ColumnType type, String schema) {
        return switch (type.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case NUMERIC -> "NUMERIC" + arguments(type.precision(), type.scale());
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case CHAR -> "CHAR" + arguments(type.length(), null);
            case VARCHAR -> "VARCHAR" + arguments(type.length(), null);
            case TEXT -> textType();
            case DATE -> "DATE";
            case TIME -> "TIME" + arguments(type.precision(), null);
            case TIMESTAMP -> "TIMESTAMP" + arguments(type.precision(), null);
            case TIMESTAMPTZ -> "TIMESTAMP" + arguments(type.precision(), null) + " WITH TIME ZONE";
            case INTERVAL -> intervalType();
            case UUID -> "UUID";
            case BINARY -> binaryType(type.length());
            case JSON -> "JSON";
            case JSONB -> jsonbType();
            case ARRAY -> arrayType(typeName(type.element(), schema));
            case ENUM -> qualify(schema, type.name());
            case RAW -> type.name();
        };
    }

    static String arguments(Integer first, Integer second) {
        if (first == null) {
            return "";
        }
        return second == null ? "(" + first + ")" : "(" + first + ", " + second + ")";
    }

    /** Unbounded text. */
    protected abstract String textType();

    protected abstract String intervalType();

    protected abstract String binaryType(Integer length);

    protected abstract String jsonbType();

    protected abstract String arrayType(String elementType);

    // --- literals -------------------------------------------------------------------------------

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number number) {
            return numberLiteral(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return stringLiteral(value.toString());
        }
        if (value instanceof Enum<?> constant) {
            return stringLiteral(constant.name());
        }
        if (value instanceof UUID uuid) {
            return "UUID '" + uuid + "'";
        }
        if (value instanceof byte[] bytes) {
            return bytesLiteral(bytes);
        }
        if (value instanceof Duration duration) {
            return durationLiteral(duration);
        }
        // java.sql types first: they extend java.util.Date, which is left out as its meaning is ambiguous.
        if (value instanceof java.sql.Date date) {
            return literal(date.toLocalDate());
        }
        if (value instanceof java.sql.Time time) {
            return literal(time.toLocalTime());
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return literal(timestamp.toLocalDateTime());
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "'";
        }
        if (value instanceof LocalTime time) {
            return "TIME '" + TIME.format(time) + "'";
        }
        if (value instanceof LocalDateTime dateTime) {
            return "TIMESTAMP '" + DATE_TIME.format(dateTime) + "'";
        }
        if (value instanceof OffsetTime time) {
            return "TIME WITH TIME ZONE '" + TIME.format(time) + OFFSET.format(time) + "'";
        }
        if (value instanceof OffsetDateTime dateTime) {
            return "TIMESTAMP WITH TIME ZONE '" + DATE_TIME.format(dateTime) + OFFSET.format(dateTime) + "'";
        }
        if (value instanceof ZonedDateTime dateTime) {
            return literal(dateTime.toOffsetDateTime());
        }
        if (value instanceof Instant instant) {
            return literal(instant.atOffset(ZoneOffset.UTC));
        }
        throw new IllegalArgumentException("cannot write a value of type " + value.getClass().getName()
                + " as a SQL literal: use a String, Number, Boolean, UUID, byte[], enum, Duration, java.time or"
                + " java.sql date/time value");
    }

    private static String numberLiteral(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? number.toString() : "CAST('" + number + "' AS DOUBLE PRECISION)";
        }
        try {
            // Any other Number goes through BigDecimal, so that its toString cannot smuggle in SQL.
            return new BigDecimal(number.toString()).toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot write " + number.getClass().getName() + " value '" + number
                    + "' as a SQL number literal", e);
        }
    }

    /**
     * A string literal with its quotes doubled. Backslashes need nothing: PostgreSQL's
     * {@code standard_conforming_strings} is on by default, and H2 has no backslash escapes.
     */
    protected String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    protected abstract String bytesLiteral(byte[] bytes);

    protected abstract String durationLiteral(Duration duration);

    // --- timeouts -------------------------------------------------------------------------------

    /** Milliseconds of a timeout, within the int range both databases accept. */
    static long millis(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative, got " + timeout);
        }
        return Math.min(timeout.toMillis(), Integer.MAX_VALUE);
    }

    static List<String> nonNull(String... statements) {
        List<String> present = new ArrayList<>();
        for (String statement : statements) {
            if (statement != null) {
                present.add(statement);
            }
        }
        return List.copyOf(present);
    }
}
