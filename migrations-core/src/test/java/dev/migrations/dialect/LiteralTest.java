package dev.migrations.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Literals as written into offline scripts; {@link PostgresDialectTest} and {@link H2DialectTest} read them back. */
class LiteralTest {

    enum Color { RED }

    static Stream<Arguments> literals() {
        return Stream.of(
                arguments(null, "NULL", "NULL"),
                arguments(42, "42", "42"),
                arguments(-7L, "-7", "-7"),
                arguments((short) 3, "3", "3"),
                arguments(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890",
                        "123456789012345678901234567890"),
                arguments(new BigDecimal("1E+3"), "1000", "1000"),
                arguments(new BigDecimal("-0.000125"), "-0.000125", "-0.000125"),
                arguments(2.5d, "2.5", "2.5"),
                arguments(1.0e20, "1.0E20", "1.0E20"),
                arguments(Double.NaN, "CAST('NaN' AS DOUBLE PRECISION)", "CAST('NaN' AS DOUBLE PRECISION)"),
                arguments(Float.NEGATIVE_INFINITY, "CAST('-Infinity' AS DOUBLE PRECISION)",
                        "CAST('-Infinity' AS DOUBLE PRECISION)"),
                arguments(new AtomicLong(9), "9", "9"),
                arguments(true, "TRUE", "TRUE"),
                arguments(false, "FALSE", "FALSE"),
                arguments("it's", "'it''s'", "'it''s'"),
                arguments("back\\slash", "'back\\slash'", "'back\\slash'"),
                arguments("'; DROP TABLE users; --", "'''; DROP TABLE users; --'", "'''; DROP TABLE users; --'"),
                arguments('q', "'q'", "'q'"),
                arguments(Color.RED, "'RED'", "'RED'"),
                arguments(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        "UUID '123e4567-e89b-12d3-a456-426614174000'", "UUID '123e4567-e89b-12d3-a456-426614174000'"),
                arguments(new byte[] {0, 15, (byte) 255}, "'\\x000fff'::bytea", "X'000fff'"),
                arguments(LocalDate.of(2024, 2, 29), "DATE '2024-02-29'", "DATE '2024-02-29'"),
                arguments(LocalTime.of(9, 5), "TIME '09:05:00'", "TIME '09:05:00'"),
                arguments(LocalTime.of(9, 5, 1, 120_000_000), "TIME '09:05:01.12'", "TIME '09:05:01.12'"),
                arguments(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000), "TIMESTAMP '2024-01-02 03:04:05.0006'",
                        "TIMESTAMP '2024-01-02 03:04:05.0006'"),
                arguments(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)),
                        "TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05-05:00'",
                        "TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05-05:00'"),
                arguments(ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris")),
                        "TIMESTAMP WITH TIME ZONE '2024-07-01 12:00:00+02:00'",
                        "TIMESTAMP WITH TIME ZONE '2024-07-01 12:00:00+02:00'"),
                arguments(Instant.parse("2024-01-02T03:04:05Z"), "TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00:00'",
                        "TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00:00'"),
                arguments(OffsetTime.of(10, 11, 12, 0, ZoneOffset.ofHours(2)), "TIME WITH TIME ZONE '10:11:12+02:00'",
                        "TIME WITH TIME ZONE '10:11:12+02:00'"),
                arguments(java.sql.Date.valueOf("2024-03-04"), "DATE '2024-03-04'", "DATE '2024-03-04'"),
                arguments(java.sql.Timestamp.valueOf("2024-03-04 05:06:07.5"), "TIMESTAMP '2024-03-04 05:06:07.5'",
                        "TIMESTAMP '2024-03-04 05:06:07.5'"),
                arguments(Duration.ofHours(26).plusMinutes(3).plusMillis(500), "INTERVAL 'PT26H3M0.5S'",
                        "INTERVAL '1 02:03:00.5' DAY TO SECOND"),
                arguments(Duration.ofMinutes(-90), "INTERVAL 'PT-1H-30M'", "INTERVAL '-0 01:30:00' DAY TO SECOND"));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @MethodSource("literals")
    void writesEachValueAsALiteral(Object value, String postgres, String h2) {
        assertThat(Dialects.named("postgresql").literal(value)).isEqualTo(postgres);
        assertThat(Dialects.named("h2").literal(value)).isEqualTo(h2);
    }

    @Test
    void refusesTypesItCannotWriteNamingTheType() {
        assertThatThrownBy(() -> Dialects.named("postgresql").literal(new java.util.Date()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Date");
        assertThatThrownBy(() -> Dialects.named("h2").literal(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void refusesANumberWhoseTextIsNotANumber() {
        Number sneaky = new Number() {
            @Override public int intValue() { return 0; }
            @Override public long longValue() { return 0; }
            @Override public float floatValue() { return 0; }
            @Override public double doubleValue() { return 0; }
            @Override public String toString() { return "0; DROP TABLE users"; }
        };

        assertThatThrownBy(() -> Dialects.named("postgresql").literal(sneaky))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQL number literal");
    }
}
