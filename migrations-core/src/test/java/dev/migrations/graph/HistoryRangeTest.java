package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.applied;
import static dev.migrations.graph.SampleGraphs.ids;
import static dev.migrations.graph.SampleGraphs.named;
import static dev.migrations.graph.SampleGraphs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.error.TargetResolutionException;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryRangeTest {

    @ParameterizedTest(name = "{0} at [{1}]: history -r ''{2}'' lists [{3}]")
    @CsvSource(delimiter = '|', value = {
            "diamond   | root a1 a2 | ''            | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | '  '          | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | :             | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | base:heads    | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | :heads        | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | base:         | top merge b2 b1 a2 a1 root",
            "diamond   | root a1 a2 | heads:        | top",
            "diamond   | root a1 a2 | head:head     | top",
            "diamond   | root a1 a2 | :base         | ",
            "diamond   | root a1 a2 | a1:           | top merge a2 a1",
            "diamond   | root a1 a2 | :a1           | a1 root",
            "diamond   | root a1 a2 | b1:merge      | merge b2 b1",
            "diamond   | root a1 a2 | ' b1 : merge '| merge b2 b1",
            "diamond   | root a1 a2 | a2:b2         | ",
            "diamond   | root a1 a2 | alpha:        | top merge a2 a1",
            "diamond   | root a1 a2 | beta@base:beta@head | top merge b2 b1",
            "diamond   | root a1 a2 | current:      | top merge a2",
            "diamond   | root a1 a2 | :current      | a2 a1 root",
            "diamond   |            | current:      | top merge b2 b1 a2 a1 root",
            "diamond   |            | :current      | ",
            "linear    | r1 r2 r3   | -1:current    | r3 r2",
            "linear    | r1 r2 r3   | current:+2    | r5 r4 r3",
            "linear    | r1 r2 r3   | -3:           | r5 r4 r3 r2 r1",
            "linear    | r1 r2 r3   | :-3           | ",
            "linear    | r1 r2 r3   | r2-1:r4       | r4 r3 r2 r1",
            "dependent | all        | a1:           | b2 a2 a1",
            "dependent | all        | :b2           | b2 b1 a1 root",
    })
    void historyListsTheRevisionsBetweenTwoEndpointsNewestFirst(String graph, String applied, String range,
            String expected) {
        RevisionGraph revisionGraph = named(graph);

        assertThat(ids(revisionGraph.range(applied(revisionGraph, applied), range)))
                .containsExactlyElementsOf(words(expected));
    }

    @Test
    void noRangeListsEverythingNewestFirst() {
        RevisionGraph graph = SampleGraphs.diamond();

        assertThat(ids(graph.range(Set.of(), null))).containsExactly("top", "merge", "b2", "b1", "a2", "a1", "root");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a1          | 'a1' is not a range | from:to",
            "a1:a2:top   | is not a range      | from:",
            "zzzz:       | Unknown revision 'zzzz' | migrations history",
            "-9:         | '-9' is out of reach | only 3 revisions applied",
            "head-2:     | merge merges a2, b2 | Name the revision",
    })
    void malformedRangesAreRefusedSayingWhy(String range, String first, String second) {
        RevisionGraph graph = SampleGraphs.diamond();

        assertThatThrownBy(() -> graph.range(Set.of("root", "a1", "a2"), range))
                .isInstanceOf(TargetResolutionException.class)
                .message().contains(first, second);
    }
}
