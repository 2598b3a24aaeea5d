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

class UpgradePlanTest {

    @ParameterizedTest(name = "{0}: from [{1}] upgrade {2} applies [{3}]")
    @CsvSource(delimiter = '|', value = {
            // every head, the single head, nothing
            "linear    |                | heads        | r1 r2 r3 r4 r5",
            "linear    |                | head         | r1 r2 r3 r4 r5",
            "linear    | r1 r2          | head         | r3 r4 r5",
            "linear    | all            | heads        | ",
            "linear    |                | base         | ",
            "linear    | r1 r2          | base         | ",
            "diamond   |                | heads        | root a1 a2 b1 b2 merge top",
            "diamond   | root a1        | heads        | a2 b1 b2 merge top",
            "dependent |                | heads        | root a1 a2 b1 b2",
            // one revision: by id, prefix, label, label@head, label@base
            "linear    |                | r3           | r1 r2 r3",
            "linear    |                | '  r3  '     | r1 r2 r3",
            "linear    | r1 r2 r3 r4    | r2           | ",
            "linear    | r1 r2 r3       | r3           | ",
            "diamond   |                | a2           | root a1 a2",
            "diamond   | root a1 a2     | b2           | b1 b2",
            "diamond   |                | alpha        | root a1",
            "diamond   |                | alpha@base   | root a1",
            "diamond   |                | alpha@head   | root a1 a2 b1 b2 merge top",
            "dependent |                | beta@head    | root a1 b1 b2",
            "dependent |                | alpha@head   | root a1 a2",
            "dependent | root b1        | b2           | a1 b2",
            // steps from a revision
            "linear    | r1             | r2+2         | r2 r3 r4",
            "linear    |                | r5-2         | r1 r2 r3",
            "linear    |                | head-1       | r1 r2 r3 r4",
            "diamond   |                | a1+1         | root a1 a2",
            "diamond   |                | top-1        | root a1 a2 b1 b2 merge",
            "dependent |                | beta@head-1  | root b1",
            // steps from the current state
            "linear    |                | +1           | r1",
            "linear    | r1             | +2           | r2 r3",
            "linear    | r1 r2          | +3           | r3 r4 r5",
            "diamond   | root           | +1           | a1",
            "diamond   | root a1 a2     | +1           | b1",
            "diamond   | root           | beta@+1      | b1",
            "diamond   | root           | beta@+2      | b1 b2",
            "diamond   | root b1 b2     | alpha@+3     | a1 a2 merge",
            "dependent | root           | beta@+2      | a1 b1 b2",
            "dependent |                | beta@+1      | root b1",
    })
    void upgradeAppliesTheTargetAndWhatItNeedsInOrder(String graph, String applied, String target, String plan) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(ids(revisionGraph.upgradePlan(applied(revisionGraph, applied), target)))
                .containsExactlyElementsOf(words(plan));
    }

    @ParameterizedTest(name = "{0}: from [{1}] upgrade {2} fails")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "linear    |       | +6          | '+6' is out of reach       | there are only 5 revisions pending",
            "linear    | all   | +1          | '+1' is out of reach       | there are only 0 revisions pending",
            "diamond   |       | alpha@+5    | branch 'alpha' has only 4 revisions pending | alpha@+5",
            "linear    |       | r2+4        | r2 has only 3 revisions above it | r5 is a head",
            "linear    |       | r3-3        | r3 has only 2 revisions below it | r1 is a base",
            "diamond   |       | root+1      | root branches into a1, b1  | label@head",
            "diamond   |       | top-2       | merge merges a2, b2        | Name the revision",
            "linear    | r1    | -1          | moves down                 | `migrations downgrade -1`",
            "linear    | r1    | r1@+1       | Unknown branch label 'r1'  | no revision declares a branch label",
            "dependent |       | head        | a2, b2                     | migrations merge",
            "linear    |       | nope        | Unknown revision 'nope'    | migrations history",
    })
    void impossibleUpgradesAreRefusedSayingWhy(String graph, String applied, String target, String first,
            String second) {
        RevisionGraph revisionGraph = named(graph);

        assertThatThrownBy(() -> revisionGraph.upgradePlan(applied(revisionGraph, applied), target))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second);
    }
}
