package dev.migrations.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What autogenerate asks a dialect about the database, rather than knowing each database itself. */
class DialectCapabilitiesTest {

    @ParameterizedTest(name = "{0} {1}: in memory {2}")
    @CsvSource({
            "h2, jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1, true",
            "h2, jdbc:h2:file:./target/sample, false",
            "h2, jdbc:h2:tcp://localhost/mem:shared, false",
            "postgresql, jdbc:postgresql://localhost:5432/app, false"})
    void knowsADatabaseThatStartsEmptyInEveryRun(String dialect, String url, boolean inMemory) {
        assertThat(Dialects.named(dialect).inMemory(url)).isEqualTo(inMemory);
    }

    @ParameterizedTest(name = "{0}: partial indexes {1}")
    @CsvSource({"h2, false", "postgresql, true"})
    void knowsWhetherAnIndexMayHaveAPredicate(String dialect, boolean partialIndexes) {
        assertThat(Dialects.named(dialect).partialIndexes()).isEqualTo(partialIndexes);
    }
}
