package dev.migrations.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IdentifierQuotingTest {

    private static final Dialect POSTGRES = new PostgresDialect();

    static Stream<Arguments> names() {
        return Stream.of(
                // identifier, PostgreSQL, H2 upper, H2 lower, H2 as-is
                arguments("users", "\"users\"", "\"USERS\"", "\"users\"", "\"users\""),
                arguments("UserAccounts", "\"useraccounts\"", "\"USERACCOUNTS\"", "\"useraccounts\"", "\"UserAccounts\""),
                arguments("Äpfel", "\"Äpfel\"", "\"ÄPFEL\"", "\"äpfel\"", "\"Äpfel\""),
                arguments("order", "\"order\"", "\"ORDER\"", "\"order\"", "\"order\""),
                arguments("a\"b", "\"a\"\"b\"", "\"A\"\"B\"", "\"a\"\"b\"", "\"a\"\"b\""),
                // exact names (Identifiers.exact) keep their case everywhere
                arguments("\"order\"", "\"order\"", "\"order\"", "\"order\"", "\"order\""),
                arguments("\"Display Name\"", "\"Display Name\"", "\"Display Name\"", "\"Display Name\"",
                        "\"Display Name\""),
                arguments("users\"; DROP TABLE victims; --", "\"users\"\"; drop table victims; --\"",
                        "\"USERS\"\"; DROP TABLE VICTIMS; --\"", "\"users\"\"; drop table victims; --\"",
                        "\"users\"\"; DROP TABLE victims; --\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void foldsAsAnUnquotedNameThenQuotesWithQuotesDoubled(String identifier, String postgres, String h2Upper,
                                                         String h2Lower, String h2AsIs) {
        assertThat(POSTGRES.quote(identifier)).isEqualTo(postgres);
        assertThat(new H2Dialect(IdentifierFolding.UPPER_CASE).quote(identifier)).isEqualTo(h2Upper);
        assertThat(new H2Dialect(IdentifierFolding.LOWER_CASE).quote(identifier)).isEqualTo(h2Lower);
        assertThat(new H2Dialect(IdentifierFolding.AS_IS).quote(identifier)).isEqualTo(h2AsIs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void qualifiesWithTheSchemaOnlyWhenThereIsOne(String identifier, String postgres) {
        assertThat(POSTGRES.qualify(null, identifier)).isEqualTo(postgres);
        assertThat(POSTGRES.qualify("App", identifier)).isEqualTo("\"app\"." + postgres);
    }
}
