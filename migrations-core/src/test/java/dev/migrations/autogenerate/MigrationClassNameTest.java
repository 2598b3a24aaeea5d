package dev.migrations.autogenerate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.lang.model.SourceVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MigrationClassNameTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "add user phone                 | AddUserPhone",
            "create users                   | CreateUsers",
            "  create   users   table       | CreateUsersTable",
            "add HTTP log                   | AddHTTPLog",
            "add_user_phone                 | AddUserPhone",
            "add user-phone, then index it! | AddUserPhoneThenIndexIt",
            "user's email                   | UsersEmail",
            "2fa codes                      | Migration2faCodes",
            "über tabelle                   | ÜberTabelle",
            "merge heads                    | MergeHeads",
            "v2 schema                      | V2Schema",
    })
    void derivesTheUpperCamelCaseWordsOfTheMessage(String message, String expected) {
        assertThat(MigrationClassName.fromMessage(message)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "-- :: --"})
    void refusesAMessageWithoutLettersOrDigits(String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> MigrationClassName.fromMessage(message))
                .withMessageContaining("no letters or digits")
                .withMessageContaining("add user phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "add the phone number column to the users table so that support can call them back later on",
            "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatgoesonandon",
    })
    void cutsLongNamesAtAWordBoundaryAndKeepsThemIdentifiers(String message) {
        String name = MigrationClassName.fromMessage(message);
        assertThat(name).hasSizeLessThanOrEqualTo(MigrationClassName.MAX_LENGTH);
        assertThat(SourceVersion.isIdentifier(name)).isTrue();
        assertThat(name).startsWith("A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"add the phone number column to the users table so that support can call them back later on"})
    void keepsWholeWordsWhenCutting(String message) {
        assertThat(MigrationClassName.fromMessage(message))
                .isEqualTo("AddThePhoneNumberColumnToTheUsersTableSoThatSupportCanCallThem");
    }
}
