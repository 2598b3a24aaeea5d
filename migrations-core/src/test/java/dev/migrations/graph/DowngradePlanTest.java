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

class DowngradePlanTest {

    @ParameterizedTest(name = "{0}: from [{1}] downgrade {2} removes [{3}]")
    @CsvSource(delimiter = '|', value = {
            // base removes everything, heads nothing
            "linear    | all            | base         | r5 r4 r3 r2 r1",
            "linear    |                | base         | ",
            "diamond   | all            | base         | top merge b2 b1 a2 a1 root",
            "linear    | all            | heads        | ",
            "linear    | all            | head         | ",
            "dependent | all            | head         | ",
            // a revision: what comes after it goes, unrelated branches stay
            "linear    | all            | r3           | r5 r4",
            "linear    | all            | r5           | ",
            "linear    | all            | r5-2         | r5 r4",
            "linear    | r1 r2 r3       | r1+1         | r3",
            "diamond   | all            | a2           | top merge",
            "diamond   | all            | root         | top merge b2 b1 a2 a1",
            "diamond   | root a1 a2 b1  | a1           | a2",
            "diamond   | root a1 a2 b1  | alpha        | a2",
            "dependent | all            | a1           | b2 a2",
            "dependent | all            | beta@head    | ",
            // label@base: the labeled revision and everything after it
            "diamond   | all            | alpha@base   | top merge a2 a1",
            "dependent | all            | alpha@base   | b2 a2 a1",
            "dependent | root a1 a2     | alpha@base   | a2 a1",
            "dependent | root b1        | alpha@base   | ",
            // steps from the current state
            "linear    | all            | -1           | r5",
            "linear    | all            | -2           | r5 r4",
            "linear    | r1 r2          | -2           | r2 r1",
            "diamond   | all            | -3           | top merge b2",
            "diamond   | root a1 b1     | -1           | b1",
            "diamond   | all            | beta@-1      | top",
            "dependent | all            | alpha@-1     | a2",
            "dependent | all            | alpha@-2     | b2 a2 a1",
            "dependent | all            | beta@-2      | b2 b1",
    })
    void downgradeRemovesNewestFirstWhatComesAfterTheTarget(String graph, String applied, String target,
            String plan) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(ids(revisionGraph.downgradePlan(applied(revisionGraph, applied), target)))
                .containsExactlyElementsOf(words(plan));
    }

    @ParameterizedTest(name = "{0}: from [{1}] downgrade {2} fails")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "linear    | r1     | r3       | revision r3 is not applied  | current heads are r1",
            "linear    |        | r1       | revision r1 is not applied  | none (the database is at base)",
            "diamond   | root a1 b1 | b2   | revision b2 is not applied  | current heads are a1, b1",
            "linear    | r1 r2  | -3       | '-3' is out of reach        | there are only 2 revisions applied",
            "dependent | all    | alpha@-3 | alpha@-3' is out of reach   | branch 'alpha' has only 2 revisions applied",
            "linear    | r1     | +1       | moves up                    | `migrations upgrade +1`",
            "diamond   | all    | top-2    | merge merges a2, b2         | Name the revision",
            "linear    | all    | zzzz     | Unknown revision 'zzzz'     | migrations history",
    })
    void impossibleDowngradesAreRefusedSayingWhy(String graph, String applied, String target, String first,
            String second) {
        RevisionGraph revisionGraph = named(graph);

        assertThatThrownBy(() -> revisionGraph.downgradePlan(applied(revisionGraph, applied), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second);
    }
}
