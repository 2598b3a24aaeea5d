package dev.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionTest {

    @Test
    void missingCollectionsAndMessageBecomeEmpty() {
        Revision revision = new Revision("a1", null, null, null, null);

        assertThat(revision.revises()).isEmpty();
        assertThat(revision.dependsOn()).isEmpty();
        assertThat(revision.branchLabels()).isEmpty();
        assertThat(revision.message()).isEmpty();
    }

    @Test
    void collectionsAreCopiedAndRevisesKeepsItsDeclaredOrder() {
        List<String> revises = new ArrayList<>(List.of("zz", "aa", "mm"));
        Revision revision = new Revision("m1", revises, List.of(), Set.of(), "merge");
        revises.clear();

        assertThat(revision.revises()).containsExactly("zz", "aa", "mm");
    }

    @Test
    void aRevisionWithoutParentsIsABaseAndOneWithSeveralIsAMerge() {
        assertThat(SampleGraphs.revision("b").isBase()).isTrue();
        assertThat(SampleGraphs.revision("b").isMerge()).isFalse();
        assertThat(SampleGraphs.revision("c", "b").isBase()).isFalse();
        assertThat(SampleGraphs.revision("c", "b").isMerge()).isFalse();
        assertThat(SampleGraphs.revision("m", "b", "c").isMerge()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ae1027a6acf0", "add_users", "x.y", "Ünïcode",
            "1234567890123456789012345678901234567890123456789012345678901234"})
    void idsFollowingTheRuleAreValid(String id) {
        assertThat(RevisionIds.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a@b", "a-b", "a+b", "a:b", "a b", "a\tb", "a\nb", "a\u00a0b",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void idsBreakingTheRuleAreInvalid(String id) {
        assertThat(RevisionIds.isValid(id)).isFalse();
    }

    @Test
    void nullIsNoValidId() {
        assertThat(RevisionIds.isValid(null)).isFalse();
    }

    @Test
    void generatedIdsAreTwelveLowercaseHexCharactersAndDiffer() {
        String first = RevisionIds.generate();
        String second = RevisionIds.generate();

        assertThat(first).matches("[0-9a-f]{12}");
        assertThat(second).matches("[0-9a-f]{12}");
        assertThat(first).isNotEqualTo(second);
        assertThat(RevisionIds.isValid(first)).isTrue();
    }
}
