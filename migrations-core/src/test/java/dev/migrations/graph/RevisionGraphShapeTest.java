package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.applied;
import static dev.migrations.graph.SampleGraphs.ids;
import static dev.migrations.graph.SampleGraphs.labeled;
import static dev.migrations.graph.SampleGraphs.named;
import static dev.migrations.graph.SampleGraphs.revision;
import static dev.migrations.graph.SampleGraphs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.TargetResolutionException;
import dev.migrations.error.UnknownRevisionException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionGraphShapeTest {

    @ParameterizedTest(name = "{0}: heads [{1}], bases [{2}], branch points [{3}], merge points [{4}]")
    @CsvSource({
            "linear,    r5,        r1,   ,     ",
            "diamond,   top,       root, root, merge",
            "dependent, a2 b2,     root, root, ",
    })
    void headsBasesBranchPointsAndMergePointsFollowRevises(String graph, String heads, String bases,
            String branchPoints, String mergePoints) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(revisionGraph.heads()).containsExactlyElementsOf(words(heads));
        assertThat(revisionGraph.bases()).containsExactlyElementsOf(words(bases));
        assertThat(revisionGraph.branchPoints()).containsExactlyElementsOf(words(branchPoints));
        assertThat(revisionGraph.mergePoints()).containsExactlyElementsOf(words(mergePoints));
    }

    @Test
    void independentLinesHaveOneBaseAndOneHeadEach() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                revision("app1"), labeled("lib1", "library"), revision("app2", "app1"), revision("lib2", "lib1")));

        assertThat(graph.bases()).containsExactly("app1", "lib1");
        assertThat(graph.heads()).containsExactly("app2", "lib2");
        assertThat(graph.branchPoints()).isEmpty();
    }

    @ParameterizedTest(name = "input [{0}] is ordered [{1}]")
    @CsvSource({
            "root a1 a2 b1 b2 merge top, root a1 a2 b1 b2 merge top",
            "top merge b2 b1 a2 a1 root, root b1 b2 a1 a2 merge top",
            "b2 a2 top b1 merge root a1, root b1 b2 a1 a2 merge top",
            "a1 b1 root merge top a2 b2, root a1 b1 a2 b2 merge top",
    })
    void revisionsComeAfterTheirParentsWithTiesBrokenByInputOrder(String input, String expected) {
        List<Revision> byId = SampleGraphs.diamond().revisions();
        List<Revision> shuffled = words(input).stream()
                .map(id -> byId.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow())
                .toList();

        assertThat(ids(RevisionGraph.of(shuffled).revisions())).containsExactlyElementsOf(words(expected));
    }

    @Test
    void aDependencyIsOrderedBeforeItsDependentEvenWhenGivenLater() {
        List<Revision> input = List.of(revision("root"), revision("b1", "root"),
                new Revision("b2", List.of("b1"), List.of("a1"), Set.of(), ""),
                revision("a1", "root"), revision("a2", "a1"));

        assertThat(ids(RevisionGraph.of(input).revisions())).containsExactly("root", "b1", "a1", "b2", "a2");
    }

    @Test
    void theOrderIsTheSameOnEveryBuild() {
        List<String> first = ids(SampleGraphs.dependent().revisions());
        for (int build = 0; build < 5; build++) {
            assertThat(ids(SampleGraphs.dependent().revisions())).isEqualTo(first);
        }
    }

    @ParameterizedTest(name = "{0}: children of {1} are [{2}]")
    @CsvSource({
            "diamond,   root,  a1 b1",
            "diamond,   a2,    merge",
            "diamond,   top,   ",
            "dependent, a1,    a2",
    })
    void childrenAreTheRevisionsThatReviseARevision(String graph, String id, String children) {
        assertThat(named(graph).childrenOf(id)).containsExactlyElementsOf(words(children));
    }

    @ParameterizedTest(name = "{0}: ancestors of {1} are [{2}]")
    @CsvSource({
            "linear,    r3,    r1 r2",
            "linear,    r1,    ",
            "diamond,   merge, root a1 a2 b1 b2",
            "diamond,   b2,    root b1",
            "dependent, b2,    root a1 b1",
    })
    void ancestorsFollowRevisesAndDependsOnInOrder(String graph, String id, String ancestors) {
        assertThat(ids(named(graph).ancestors(id))).containsExactlyElementsOf(words(ancestors));
    }

    @ParameterizedTest(name = "{0}: descendants of {1} are [{2}]")
    @CsvSource({
            "linear,    r3,   r4 r5",
            "linear,    r5,   ",
            "diamond,   a1,   a2 merge top",
            "diamond,   root, a1 a2 b1 b2 merge top",
            "dependent, a1,   a2 b2",
    })
    void descendantsFollowRevisesAndDependsOnInOrder(String graph, String id, String descendants) {
        assertThat(ids(named(graph).descendants(id))).containsExactlyElementsOf(words(descendants));
    }

    @ParameterizedTest(name = "{0}: applied [{1}] has current heads [{2}]")
    @CsvSource({
            "linear,    ,              ",
            "linear,    r1 r2 r3,      r3",
            "diamond,   root a1 b1 b2, a1 b2",
            "diamond,   all,           top",
            "dependent, all,           a2 b2",
            "dependent, root a1 b1 b2, a1 b2",
            "dependent, root a1 b1,    a1 b1",
    })
    void currentHeadsAreTheAppliedRevisionsNothingAppliedContinues(String graph, String applied, String heads) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(ids(revisionGraph.currentHeads(applied(revisionGraph, applied))))
                .containsExactlyElementsOf(words(heads));
    }

    @Test
    void currentHeadsOfEverythingAreTheHeads() {
        for (String name : List.of("linear", "diamond", "dependent")) {
            RevisionGraph graph = named(name);
            assertThat(ids(graph.currentHeads(applied(graph, "all")))).isEqualTo(graph.heads());
        }
    }

    @Test
    void unknownIdsAreReportedWithCloseIds() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("ae1027a6acf0"), revision("ae10f3b2c9d1",
                "ae1027a6acf0"), revision("1975ea83b712", "ae10f3b2c9d1")));

        assertThatThrownBy(() -> graph.get("ae1028"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("'ae1028'").hasMessageContaining("ae1027a6acf0")
                .hasMessageNotContaining("1975ea83b712");
        assertThatThrownBy(() -> graph.get("zz"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("'zz'").hasMessageNotContaining("close ids");
        assertThatThrownBy(() -> graph.childrenOf("nope")).isInstanceOf(TargetResolutionException.class);
        assertThat(graph.contains("ae1027a6acf0")).isTrue();
        assertThat(graph.contains("ae1027")).isFalse();
        assertThat(graph.get("ae1027a6acf0").id()).isEqualTo("ae1027a6acf0");
    }

    @Test
    void anAppliedIdTheCodeLacksIsReportedAsTheDatabaseBeingAhead() {
        RevisionGraph graph = SampleGraphs.linear();

        assertThatThrownBy(() -> graph.currentHeads(Set.of("r1", "r9")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("r9").hasMessageContaining("ahead of the code");
    }

    @Test
    void plansDoNotChangeTheAppliedSet() {
        RevisionGraph graph = SampleGraphs.diamond();
        Set<String> applied = new HashSet<>(Set.of("root", "a1"));

        graph.upgradePlan(applied, "heads");
        graph.downgradePlan(applied, "base");
        graph.stamp(applied, "top", false);
        graph.range(applied, "current:");

        assertThat(applied).containsExactlyInAnyOrder("root", "a1");
    }

    @Test
    void returnedCollectionsCannotBeModified() {
        RevisionGraph graph = SampleGraphs.diamond();

        assertThatThrownBy(() -> graph.heads().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> graph.revisions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> graph.ancestors("top").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> graph.stamp(Set.of(), "heads", false).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
