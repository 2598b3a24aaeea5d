package dev.migrations.autogenerate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ExpressionNormalizerTest {

    /** What is written (a model, a migration) and what a database prints back. */
    static Stream<Arguments> equivalent() {
        return Stream.of(
                // server defaults
                arguments("'x'", "'x'::character varying"),
                arguments("'happy'", "'happy'::mood"),
                arguments("'happy'", "'happy'::\"Mood\""),
                arguments("now()", "CURRENT_TIMESTAMP"),
                arguments("NOW()", "current_timestamp"),
                arguments("now()", "LOCALTIMESTAMP"),
                arguments("-1", "'-1'::integer"),
                arguments("0", "(0)::numeric"),
                arguments("1.5", "'1.5'::numeric(10,2)"),
                arguments("'2020-01-01'", "'2020-01-01'::date"),
                arguments("DATE '2020-01-01'", "'2020-01-01'::date"),
                arguments("'{}'", "'{}'::jsonb"),
                arguments("TRUE", "true"),
                arguments("nextval('s')", "nextval('s'::regclass)"),
                arguments("ARRAY['a']", "ARRAY['a'::text]"),
                arguments("0", "CAST(0 AS NUMERIC(1))"),
                // checks, as PostgreSQL and H2 store them
                arguments("price > 0", "(price > (0)::numeric)"),
                arguments("price > 0", "\"PRICE\" > CAST(0 AS NUMERIC(1))"),
                arguments("a > 0 AND b > 0", "((a > 0) AND (b > 0))"),
                arguments("status IN ('A', 'B')",
                        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"),
                arguments("status in ('A','B')", "(\"STATUS\" IN('A', 'B'))"),
                arguments("status NOT IN ('A')", "((status)::text <> ALL ((ARRAY['A'::character varying])::text[]))"),
                arguments("b BETWEEN 1 AND 5", "((b >= 1) AND (b <= 5))"),
                arguments("a != b", "(a <> b)"),
                arguments("length(code) = 3", "(length((code)::text) = 3)"),
                arguments("length(code) > 1", "CHAR_LENGTH(\"CODE\") > 1"),
                arguments("a BETWEEN 1 AND 5", "\"A\" BETWEEN 1 AND 5"),
                arguments("b NOT IN ('x', 'y')", "\"B\" NOT IN('x', 'y')"),
                arguments("b NOT IN ('x', 'y')", "((b)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[]))"),
                arguments("a != 2 OR (a > 1 AND a < 9)", "((a <> 2) OR ((a > 1) AND (a < 9)))"),
                arguments("a != 2 OR (a > 1 AND a < 9)", "(\"A\" <> 2) OR ((\"A\" > 1) AND (\"A\" < 9))"),
                arguments("x   >\n 1", "x > 1"),
                arguments("ts > TIMESTAMP '2020-01-01 00:00:00'", "(ts > '2020-01-01 00:00:00'::timestamp without time zone)"),
                // MariaDB: backtick quotes, a boolean column alone stored as a comparison with 0
                arguments("position>=0", "`position` >= 0"),
                arguments("featured or status <> 'ARCHIVED'", "`featured` <> 0 or `status` <> 'ARCHIVED'"),
                arguments("not (active) and kind = 'A'", "not `active` <> 0 and `kind` = 'A'"),
                // index expressions and predicates
                arguments("lower(email)", "lower((email)::text)"),
                arguments("total > 0", "(total > (0)::numeric)"));
    }

    @ParameterizedTest(name = "{0} == {1}")
    @MethodSource("equivalent")
    void spellsWhatTheDatabasePrintsBackLikeWhatWasWritten(String written, String printed) {
        assertThat(ExpressionNormalizer.normalize(printed)).isEqualTo(ExpressionNormalizer.normalize(written));
    }

    static Stream<Arguments> different() {
        return Stream.of(
                arguments("'x'", "'X'"),
                arguments("price > 0", "price >= 0"),
                arguments("status IN ('A', 'B')", "status IN ('A', 'C')"),
                arguments("'it''s'", "'its'"),
                arguments("1", "2"),
                arguments("-1", "1"),
                arguments("a AND b", "a OR b"),
                arguments("count <> 0", "count <> 1"),
                arguments("a + b <> 0", "a + b"),
                arguments("now()", "current_date"));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @MethodSource("different")
    void keepsDifferentExpressionsApart(String a, String b) {
        assertThat(ExpressionNormalizer.normalize(a)).isNotEqualTo(ExpressionNormalizer.normalize(b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equivalent")
    void isStableWhenAppliedTwice(String written, String printed) {
        String once = ExpressionNormalizer.normalize(printed);
        assertThat(ExpressionNormalizer.normalize(once)).isEqualTo(once);
    }
}
