package dev.migrations.autoconfigure.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://app:s3cret@db:5432/app                  | jdbc:postgresql://app:******@db:5432/app",
            "jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=1 | jdbc:postgresql://db:5432/app?user=app&password=******&ssl=1",
            "jdbc:sqlserver://db;user=app;password=s3cret;encrypt=true | jdbc:sqlserver://db;user=app;password=******;encrypt=true",
            "connecting as app with hunter2-pw failed                 | connecting as app with ****** failed",
            "nothing secret at postgres@db1                           | nothing secret at postgres@db1",
    })
    void masksPasswordsInUrlsAndTheConfiguredPasswordsAnywhere(String text, String redacted) {
        assertThat(new SecretRedactor(Set.of("hunter2-pw")).redact(text)).isEqualTo(redacted);
    }

    @Test
    void findsThePasswordsAmongTheEnvironmentsProperties() {
        SecretRedactor redactor = redactorFor(Map.of(
                "spring.datasource.password", "main-pw",
                "reporting.datasource.password", "${REPORTING_PW:reporting-pw}",
                "spring.security.oauth2.client.registration.x.client-secret", "oauth-secret",
                "spring.datasource.username", "app"));

        assertThat(redactor.redact("main-pw reporting-pw oauth-secret app"))
                .isEqualTo("****** ****** ****** app");
    }

    /** User postgres with password postgres: the user stays readable, the password is masked where it is one. */
    @Test
    void aPasswordThatIsAlsoTheUserNameIsMaskedOnlyWhereItStandsAsAPassword() {
        SecretRedactor redactor = redactorFor(Map.of(
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "spring.datasource.url", "jdbc:postgresql://db:5432/app"));

        assertThat(redactor.redact("applied by postgres@vm")).isEqualTo("applied by postgres@vm");
        assertThat(redactor.redact("FATAL: password authentication failed for user \"postgres\""))
                .isEqualTo("FATAL: password authentication failed for user \"postgres\"");
        assertThat(redactor.redact("jdbc:postgresql://postgres:postgres@db/app?password=postgres"))
                .isEqualTo("jdbc:postgresql://postgres:******@db/app?password=******");
        assertThat(redactor.redact("spring.datasource.password: postgres, password='postgres'"))
                .isEqualTo("spring.datasource.password: ******, password='******'");
    }

    /** Password postgres of another user: the URL's scheme, which contains the word, stays readable. */
    @Test
    void aPasswordIsMaskedAsAWordNotInsideAnother() {
        SecretRedactor redactor = redactorFor(Map.of(
                "spring.datasource.username", "app",
                "spring.datasource.password", "postgres"));

        assertThat(redactor.redact("jdbc:postgresql://db:5432/app as app")).isEqualTo("jdbc:postgresql://db:5432/app as app");
        assertThat(redactor.redact("tried \"postgres\", then postgres_admin and postgres."))
                .isEqualTo("tried \"******\", then postgres_admin and ******.");
        assertThat(redactor.redact("jdbc:oracle:thin:app/postgres@db")).isEqualTo("jdbc:oracle:thin:app/******@db");
    }

    /** Only a user name is exempt from masking anywhere: a password that is some other value stays masked. */
    @Test
    void aPasswordGivenThroughAnotherVariableIsStillMaskedAnywhere() {
        SecretRedactor redactor = redactorFor(Map.of(
                "DB_PASS", "kept-s3cret",
                "spring.datasource.password", "${DB_PASS}",
                "spring.datasource.username", "app"));

        assertThat(redactor.redact("driver said: kept-s3cret rejected for app"))
                .isEqualTo("driver said: ****** rejected for app");
    }

    /** The redactor of an application whose configuration holds {@code properties}. */
    private static SecretRedactor redactorFor(Map<String, String> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<String, Object>(properties)));
        return SecretRedactor.of(environment);
    }
}
