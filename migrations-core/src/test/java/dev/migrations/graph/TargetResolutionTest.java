package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.TargetResolutionException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of single revisions (ids, labels, prefixes) and the errors for names that are no target. */
class TargetResolutionTest {

    /** 1975ea83b712 (feature) - ae1027a6acf0 - ae10f3b2c9d1 - ae2000000000 */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            new Revision("1975ea83b712", List.of(), List.of(), Set.of("feature"), "create users"),
            SampleGraphs.revision("ae1027a6acf0", "1975ea83b712"),
            SampleGraphs.revision("ae10f3b2c9d1", "ae1027a6acf0"),
            new Revision("ae2000000000", List.of("ae10f3b2c9d1"), List.of(), Set.of("ae10"), "")));

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "ae1027a6acf0,       ae1027a6acf0",
            "ae1027,             ae1027a6acf0",
            "ae10f,              ae10f3b2c9d1",
            "1975,               1975ea83b712",
            "feature,            1975ea83b712",
            "'  ae1027a6acf0  ', ae1027a6acf0",
            "ae10,               ae2000000000",
    })
    void aRevisionIsNamedByItsIdThenALabelThenAUniquePrefix(String text, String expected) {
        assertThat(GRAPH.resolveRevision(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ae1      | too short             | at least 4 characters | ae1027a6acf0, ae10f3b2c9d1",
            "ae10f3b2c9d1x | Unknown revision 'ae10f3b2c9d1x' | migrations history | branch label",
            "ffff     | Unknown revision 'ffff' | migrations history  | id prefix",
    })
    void unknownAndShortNamesAreRefusedWithTheReason(String text, String first, String second, String third) {
        assertThatThrownBy(() -> GRAPH.resolveRevision(text))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second, third);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "head,             ae2000000000",
            "head-2,           ae1027a6acf0",
            "feature@head,     ae2000000000",
            "feature@base,     1975ea83b712",
            "feature+1,        ae1027a6acf0",
            "ae10f3-1,         ae1027a6acf0",
    })
    void targetFormsNamingOneRevisionResolveToIt(String text, String expected) {
        assertThat(GRAPH.resolveRevision(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"heads", "base", "-1", "feature@+1"})
    void targetFormsNamingAStateAreNoRevision(String text) {
        assertThatThrownBy(() -> GRAPH.resolveRevision(text))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("'" + text + "' is not a single revision");
    }

    @Test
    void anAmbiguousPrefixListsItsCandidates() {
        RevisionGraph graph = RevisionGraph.of(List.of(SampleGraphs.revision("abcd1111"),
                SampleGraphs.revision("abcd2222", "abcd1111"), SampleGraphs.revision("abce3333", "abcd2222")));

        assertThatThrownBy(() -> graph.resolveRevision("abcd"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("abcd1111, abcd2222")
                .hasMessageNotContaining("abce3333");
        assertThat(graph.resolveRevision("abce")).isEqualTo("abce3333");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a b           | Unknown target 'a b'",
            "\"\"            | Unknown target ''",
            "x@y           | Unknown target 'x@y'",
            "@head         | Unknown target '@head'",
            "r1+x          | Unknown target 'r1+x'",
            "r1+1+1        | Unknown target 'r1+1+1'",
            "current       | Unknown target 'current'",
            "r1:r2         | Unknown target 'r1:r2'",
    })
    void textThatIsNoTargetIsRefusedListingTheAcceptedForms(String target, String message) {
        RevisionGraph graph = SampleGraphs.linear();

        assertThatThrownBy(() -> graph.upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(message, "heads, head, base", "label@head", "<revision>+N", "label@-N");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"+0", "-0", "r1+0", "+99999999999"})
    void stepCountsMustBePositiveIntegers(String target) {
        assertThatThrownBy(() -> SampleGraphs.linear().upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("'" + target + "'")
                .hasMessageContaining("whole number of steps from 1");
    }

    @ParameterizedTest(name = "''{0}'' on the dependent graph")
    @CsvSource({"head", "head-1"})
    void headWithSeveralHeadsListsThemAndSuggestsMerging(String target) {
        assertThatThrownBy(() -> SampleGraphs.dependent().upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains("a2, b2", "run `migrations merge -m \"merge heads\" a2 b2` to join them",
                        "name one head / use `heads`");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "alpha@head | top",
            "beta@head  | top",
            "alpha@base | a1",
            "alpha      | a1",
            "alpha@head-1 | merge",
    })
    void branchTargetsNameTheBranchHeadOrTheLabeledRevision(String target, String expected) {
        List<String> plan = ids(SampleGraphs.diamond().upgradePlan(Set.of(), target));
        assertThat(plan.get(plan.size() - 1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "gamma@head | Unknown branch label 'gamma' | alpha, beta",
            "gamma@+1   | Unknown branch label 'gamma' | alpha, beta",
    })
    void unknownBranchLabelsListTheKnownOnes(String target, String first, String second) {
        assertThatThrownBy(() -> SampleGraphs.diamond().upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"heads+1", "base+1"})
    void stepsCountFromASingleRevisionOnly(String target) {
        assertThatThrownBy(() -> SampleGraphs.linear().upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("not a single revision");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"alpha@head"})
    void aBranchWithSeveralHeadsIsAmbiguous(String target) {
        RevisionGraph graph = RevisionGraph.of(List.of(SampleGraphs.revision("root"),
                SampleGraphs.labeled("a1", "alpha", "root"), SampleGraphs.revision("a2", "a1"),
                SampleGraphs.revision("a3", "a1")));

        assertThatThrownBy(() -> graph.upgradePlan(Set.of(), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains("branch 'alpha' has 2 heads", "a2, a3", "migrations merge");
    }
}
