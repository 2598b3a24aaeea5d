package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.labeled;
import static dev.migrations.graph.SampleGraphs.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.InvalidRevisionGraphException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionGraphValidationTest {

    static Stream<Arguments> invalidGraphs() {
        return Stream.of(
                Arguments.of("illegal id", List.of(revision("r1"), revision("r-2", "r1")),
                        List.of("'r-2'", "1 to 64 characters", "Rename")),
                Arguments.of("empty id", List.of(revision("")),
                        List.of("''", "1 to 64 characters")),
                Arguments.of("keyword as id", List.of(revision("head")),
                        List.of("'head'", "reserved", "Rename")),
                Arguments.of("duplicate id", List.of(
                                new Revision("r1", List.of(), List.of(), Set.of(), "create users"),
                                new Revision("r1", List.of(), List.of(), Set.of(), "add index")),
                        List.of("'r1'", "twice", "\"create users\"", "\"add index\"", "new id")),
                Arguments.of("revises unknown revision", List.of(revision("r1"), revision("r2", "r9")),
                        List.of("r2 revises r9", "not a known revision", "correct the revises of r2")),
                Arguments.of("depends on unknown revision", List.of(revision("ae1027a6acf0"),
                                new Revision("r2", List.of("ae1027a6acf0"), List.of("ae1028"), Set.of(), "")),
                        List.of("r2 depends on ae1028", "did you mean ae1027a6acf0?", "dependsOn of r2")),
                Arguments.of("revises itself", List.of(revision("r1", "r1")),
                        List.of("r1 revises itself", "remove 'r1'")),
                Arguments.of("depends on itself", List.of(new Revision("r1", List.of(), List.of("r1"), Set.of(), "")),
                        List.of("r1 depends on itself", "dependsOn")),
                Arguments.of("parent listed twice", List.of(revision("r1"), revision("r2", "r1", "r1")),
                        List.of("r2 lists r1 twice", "once")),
                Arguments.of("cycle", List.of(revision("a", "c"), revision("b", "a"), revision("c", "b")),
                        List.of("a -> b -> c -> a", "remove one of these links")),
                Arguments.of("cycle beside a valid line", List.of(revision("r1"), revision("x", "r1", "z"),
                                revision("y", "x"), revision("z", "y")),
                        List.of("x -> y -> z -> x")),
                Arguments.of("cycle through dependsOn", List.of(revision("r1"),
                                new Revision("x", List.of("r1"), List.of("y"), Set.of(), ""), revision("y", "x")),
                        List.of("x -> y -> x", "revises or depends on")),
                Arguments.of("label on two revisions", List.of(labeled("r1", "core"), labeled("r2", "core", "r1")),
                        List.of("'core'", "r1", "r2", "Remove it from one")),
                Arguments.of("label equal to an id", List.of(revision("r1"), labeled("r2", "r1", "r1")),
                        List.of("'r1' of revision r2", "id of revision r1", "Rename the label")),
                Arguments.of("illegal label", List.of(labeled("r1", "my branch")),
                        List.of("'my branch' of revision r1", "Rename the label")),
                Arguments.of("keyword as label", List.of(labeled("r1", "heads")),
                        List.of("'heads' of revision r1", "Rename the label")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidGraphs")
    void invalidGraphsAreRefusedWithAMessageNamingTheRevisionsAndTheFix(String problem, List<Revision> revisions,
            List<String> fragments) {
        assertThatThrownBy(() -> RevisionGraph.of(revisions))
                .isInstanceOf(InvalidRevisionGraphException.class)
                .message().contains(fragments);
    }

    @Test
    void theFirstBrokenRuleIsReportedWhateverTheRun() {
        List<Revision> revisions = List.of(revision("b", "x"), revision("a", "y"));
        for (int run = 0; run < 3; run++) {
            assertThatThrownBy(() -> RevisionGraph.of(revisions)).hasMessageContaining("b revises x");
        }
    }

    @Test
    void aLongCycleIsReportedWithoutExhaustingTheStack() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(revision("c0", "c4999"));
        for (int i = 1; i < 5_000; i++) {
            revisions.add(revision("c" + i, "c" + (i - 1)));
        }

        assertThatThrownBy(() -> RevisionGraph.of(revisions))
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("c0 -> c1 -> c2")
                .hasMessageContaining("c4999 -> c0");
    }

    @Test
    void anEmptyGraphIsValid() {
        RevisionGraph graph = RevisionGraph.of(List.of());

        assertThat(graph.revisions()).isEmpty();
        assertThat(graph.heads()).isEmpty();
        assertThat(graph.upgradePlan(Set.of(), "head")).isEmpty();
        assertThat(graph.stamp(Set.of(), "heads", false)).isEmpty();
    }
}
