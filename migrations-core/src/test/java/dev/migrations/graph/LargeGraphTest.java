package dev.migrations.graph;

import static dev.migrations.graph.SampleGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A long history must build and plan correctly: the walks are iterative, so depth costs no stack. */
class LargeGraphTest {

    private static final int SIZE = 5_000;

    /** r0 - r1 - ... - r4999, given newest first so that the order has to be computed. */
    private static RevisionGraph chain() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = SIZE - 1; i > 0; i--) {
            revisions.add(SampleGraphs.revision("r" + i, "r" + (i - 1)));
        }
        revisions.add(SampleGraphs.revision("r0"));
        return RevisionGraph.of(revisions);
    }

    private static Set<String> firstApplied(int count) {
        Set<String> applied = new HashSet<>();
        for (int i = 0; i < count; i++) {
            applied.add("r" + i);
        }
        return applied;
    }

    @Test
    void aLongChainIsOrderedFromItsBaseToItsHead() {
        RevisionGraph graph = chain();

        List<String> order = ids(graph.revisions());
        assertThat(order).hasSize(SIZE);
        assertThat(order.get(0)).isEqualTo("r0");
        assertThat(order.get(SIZE - 1)).isEqualTo("r4999");
        assertThat(order.get(2_500)).isEqualTo("r2500");
        assertThat(graph.heads()).containsExactly("r4999");
        assertThat(graph.bases()).containsExactly("r0");
    }

    @Test
    void aLongChainPlansUpgradesAndDowngradesCorrectly() {
        RevisionGraph graph = chain();

        List<Revision> upgrade = graph.upgradePlan(Set.of(), "heads");
        assertThat(upgrade).hasSize(SIZE);
        assertThat(upgrade.get(0).id()).isEqualTo("r0");
        assertThat(graph.upgradePlan(firstApplied(4_000), "head")).hasSize(1_000);
        assertThat(ids(graph.upgradePlan(firstApplied(10), "+2"))).containsExactly("r10", "r11");

        Set<String> everything = firstApplied(SIZE);
        List<Revision> downgrade = graph.downgradePlan(everything, "r0");
        assertThat(downgrade).hasSize(SIZE - 1);
        assertThat(downgrade.get(0).id()).isEqualTo("r4999");
        assertThat(graph.downgradePlan(everything, "base")).hasSize(SIZE);
        assertThat(ids(graph.downgradePlan(everything, "-2"))).containsExactly("r4999", "r4998");
    }

    @Test
    void aLongChainAnswersWalksAcrossItsWholeDepth() {
        RevisionGraph graph = chain();

        assertThat(graph.ancestors("r4999")).hasSize(SIZE - 1);
        assertThat(graph.descendants("r0")).hasSize(SIZE - 1).startsWith("r1");
        assertThat(ids(graph.upgradePlan(Set.of(), "r0+4999"))).hasSize(SIZE).endsWith("r4999");
        assertThat(graph.upgradePlan(Set.of(), "r4999-4999")).hasSize(1);
        assertThat(graph.currentHeads(firstApplied(3_000))).containsExactly("r2999");
        assertThat(graph.stamp(Set.of(), "r2999", false)).hasSize(3_000);
        assertThat(graph.range(firstApplied(3_000), "current:")).hasSize(2_001);
        assertThat(graph.range(Set.of(), "")).hasSize(SIZE);
    }
}
