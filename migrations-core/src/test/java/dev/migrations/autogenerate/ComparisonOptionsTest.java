package dev.migrations.autogenerate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options a command passes on: stated renames as typed, table filters as globs. */
class ComparisonOptionsTest {

    @Test
    void readsTableAndColumnRenamesAsTyped() {
        assertThat(Rename.parse("customer=client")).isEqualTo(new Rename.Table("customer", "client"));
        assertThat(Rename.parse(" client.name = full_name ")).isEqualTo(new Rename.Column("client", "name", "full_name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer", "=client", "customer=", "a=b=c", ".name=x", "client.=x", "t.a=t.b"})
    void refusesARenameThatIsNotOldEqualsNew(String text) {
        assertThatThrownBy(() -> Rename.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "app_user, true",
            "APP_USER, true",
            "app_role, false",
            "app_rule, false",
            "legacy_user, false",
            "app, false"})
    void includesTablesMatchingAnIncludeGlobAndNoExcludeGlobIgnoringCase(String table, boolean included) {
        NameFilter filter = new NameFilter(List.of("app_*", "other"), List.of("app_r?le"));

        assertThat(filter.includes(table)).isEqualTo(included);
    }

    @Test
    void includesEveryTableWithoutIncludeGlobs() {
        assertThat(new NameFilter(List.of(), List.of("tmp_*")).includes("anything")).isTrue();
        assertThat(new NameFilter(List.of(), List.of("tmp_*")).includes("tmp_x")).isFalse();
        assertThat(NameFilter.ALL.includes("a.b[c]")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "length(name) > 1                       | length(full_name) > 1",
            "(length((name)::text) > 1)             | (length((full_name)::text) > 1)",
            "\"NAME\" <> 'name'                     | full_name <> 'name'",
            "name(x) = name                         | name(x) = full_name",
            "t.name > 0                             | t.full_name > 0",
            "x::name IS NOT NULL                    | x::name IS NOT NULL"})
    void renamesAColumnInsideAnExpressionButNotInLiteralsFunctionsOrTypes(String before, String after) {
        assertThat(StatedRenames.renameIdentifier(before, "name", "full_name")).isEqualTo(after);
    }
}
