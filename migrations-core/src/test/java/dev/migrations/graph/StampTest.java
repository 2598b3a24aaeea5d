package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.applied;
import static dev.migrations.graph.SampleGraphs.ids;
import static dev.migrations.graph.SampleGraphs.named;
import static dev.migrations.graph.SampleGraphs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.TargetResolutionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StampTest {

    @ParameterizedTest(name = "{0}: stamp [{1}] at {2} (purge {3}) records [{4}]")
    @CsvSource(delimiter = '|', value = {
            "linear    |               | heads       | false | r1 r2 r3 r4 r5",
            "linear    | r1            | heads       | true  | r1 r2 r3 r4 r5",
            "linear    | r1 r2         | base        | false | ",
            "linear    | r1 r2         | base        | true  | ",
            "linear    | r1 r2         | r4          | false | r1 r2 r3 r4",
            "linear    | all           | r2          | false | r1 r2",
            "linear    | all           | r2          | true  | r1 r2",
            "linear    | all           | head        | true  | r1 r2 r3 r4 r5",
            "linear    |               | r5-2        | false | r1 r2 r3",
            "linear    | r1            | +2          | false | r1 r2 r3",
            "linear    | r1            | +2          | true  | r1 r2 r3",
            "linear    | all           | -2          | false | r1 r2 r3",
            "diamond   | root a1 a2    | b1          | false | root a1 a2 b1",
            "diamond   | root a1 a2    | b1          | true  | root b1",
            "diamond   | all           | a1          | false | root a1 b1 b2",
            "diamond   | all           | a1          | true  | root a1",
            "diamond   |               | alpha@head  | false | root a1 a2 b1 b2 merge top",
            "diamond   | all           | alpha@base  | false | root b1 b2",
            "diamond   | all           | alpha@base  | true  | ",
            "diamond   | root          | beta@+2     | false | root b1 b2",
            "dependent |               | beta@head   | false | root a1 b1 b2",
            "dependent | all           | a1          | false | root a1 b1",
            "dependent | all           | beta@-1     | false | root a1 a2 b1",
            "dependent | all           | heads       | false | root a1 a2 b1 b2",
    })
    void stampRecordsTheTargetStateWithoutRunningAnything(String graph, String applied, String target,
            boolean purge, String expected) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(ids(revisionGraph.stamp(applied(revisionGraph, applied), target, purge)))
                .containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest(name = "{0}: stamp {1} fails")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "dependent | head    | a2, b2                      | migrations merge",
            "linear    | r9      | Unknown revision 'r9'       | migrations history",
            "linear    | +9      | '+9' is out of reach        | only 5 revisions pending",
            "linear    | current | Unknown target 'current'    | label@head",
    })
    void impossibleStampsAreRefusedSayingWhy(String graph, String target, String first, String second) {
        RevisionGraph revisionGraph = named(graph);

        assertThatThrownBy(() -> revisionGraph.stamp(applied(revisionGraph, ""), target, false))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second);
    }
}
