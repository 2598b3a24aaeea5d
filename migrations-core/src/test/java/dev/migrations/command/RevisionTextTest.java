package dev.migrations.command;

import dev.migrations.BranchPoint;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.Direction;
import dev.migrations.runtime.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.migrations.RevisionState.APPLIED;
import static dev.migrations.RevisionState.CHECKSUM_MISMATCH;
import static dev.migrations.RevisionState.FAILED;
import static dev.migrations.RevisionState.PENDING;
import static dev.migrations.RevisionState.RUNNING;
import static dev.migrations.RevisionState.UNKNOWN_IN_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The text shapes, on a graph a1 -> (b2 [profile] | b21) -> c3 (merge) -> d4. */
class RevisionTextTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:30Z");

    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            new Revision("a1a1a1a1", List.of(), List.of(), Set.of(), "create users"),
            new Revision("b2b2b2b2", List.of("a1a1a1a1"), List.of(), Set.of("profile"), "add nickname"),
            new Revision("b2c2c2c2", List.of("a1a1a1a1"), List.of(), Set.of(), "create tags"),
            new Revision("c3c3c3c3", List.of("b2b2b2b2", "b2c2c2c2"), List.of(), Set.of(), "merge"),
            new Revision("d4d4d4d4", List.of("c3c3c3c3"), List.of("b2c2c2c2"), Set.of(), "")));

    private final RevisionText text = new RevisionText(GRAPH, ZoneOffset.UTC);

    static Stream<Arguments> historyLines() {
        return Stream.of(
                arguments(status("a1a1a1a1", List.of(), Set.of(), "create users", APPLIED),
                        "<base> -> a1a1a1a1 (branchpoint), create users  [APPLIED 2026-11-21 10:00 by postgres@db1 12 ms]"),
                arguments(status("b2b2b2b2", List.of("a1a1a1a1"), Set.of("profile"), "add nickname", APPLIED),
                        "a1a1a1a1 -> b2b2b2b2 (profile), add nickname  [APPLIED 2026-11-21 10:00 by postgres@db1 12 ms]"),
                arguments(status("c3c3c3c3", List.of("b2b2b2b2", "b2c2c2c2"), Set.of(), "merge", PENDING),
                        "b2b2b2b2, b2c2c2c2 -> c3c3c3c3 (mergepoint), merge  [PENDING]"),
                arguments(status("d4d4d4d4", List.of("c3c3c3c3"), Set.of(), "", PENDING),
                        "c3c3c3c3 -> d4d4d4d4 (head)  [PENDING]"),
                arguments(status("d4d4d4d4", List.of("c3c3c3c3"), Set.of(), "", FAILED),
                        "c3c3c3c3 -> d4d4d4d4 (head)  [FAILED 2026-11-21 10:00 by postgres@db1: relation \"x\" does not exist]"),
                arguments(status("d4d4d4d4", List.of("c3c3c3c3"), Set.of(), "", RUNNING),
                        "c3c3c3c3 -> d4d4d4d4 (head)  [RUNNING since 2026-11-21 10:00 by postgres@db1: running now, or interrupted]"),
                arguments(status("a1a1a1a1", List.of(), Set.of(), "create users", CHECKSUM_MISMATCH),
                        "<base> -> a1a1a1a1 (branchpoint), create users  [CHECKSUM_MISMATCH applied 2026-11-21 10:00 by "
                                + "postgres@db1: edited since it was applied]"),
                arguments(status("e5e5e5e5", List.of("d4d4d4d4"), Set.of(), "from a newer release", UNKNOWN_IN_CODE),
                        "d4d4d4d4 -> e5e5e5e5, from a newer release  [UNKNOWN_IN_CODE applied 2026-11-21 10:00 by "
                                + "postgres@db1: in the database, not in the code]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("historyLines")
    void historyShowsParentsRevisionLabelsIndicatorsMessageAndState(RevisionStatus status, String line) {
        assertThat(text.historyLine(status)).isEqualTo(line);
    }

    @Test
    void headLinesShowTheStateOnlyWhenItIsAProblem() {
        assertThat(text.headLine(status("d4d4d4d4", List.of("c3c3c3c3"), Set.of(), "", APPLIED)))
                .isEqualTo("d4d4d4d4 (head)");
        assertThat(text.headLine(status("b2b2b2b2", List.of("a1a1a1a1"), Set.of("profile"), "x", PENDING)))
                .isEqualTo("b2b2b2b2 (profile)");
        assertThat(text.headLine(status("d4d4d4d4", List.of("c3c3c3c3"), Set.of(), "", CHECKSUM_MISMATCH)))
                .isEqualTo("d4d4d4d4 (head)  [CHECKSUM_MISMATCH applied 2026-11-21 10:00 by postgres@db1: edited since "
                        + "it was applied]");
    }

    @Test
    void verboseShowsEveryDetailAsAlembicShowDoes() {
        assertThat(text.verbose(status("a1a1a1a1", List.of(), Set.of(), "create users", APPLIED))).containsExactly(
                "Rev: a1a1a1a1 (branchpoint)",
                "Parent: <base>",
                "Branches into: b2b2b2b2, b2c2c2c2",
                "State: APPLIED 2026-11-21 10:00 by postgres@db1 12 ms",
                "Checksum: 0123abcd",
                "",
                "    create users",
                "");
        assertThat(text.verbose(status("c3c3c3c3", List.of("b2b2b2b2", "b2c2c2c2"), Set.of(), "merge", PENDING)))
                .contains("Rev: c3c3c3c3 (mergepoint)", "Merges: b2b2b2b2, b2c2c2c2", "State: PENDING");
        assertThat(text.verbose(new RevisionStatus("d4d4d4d4", List.of("c3c3c3c3"), List.of("b2c2c2c2"),
                Set.of("x", "a"), "", PENDING, null, null, null, null, true, null)))
                .contains("Branch names: a, x", "Depends on: b2c2c2c2", "    (no message)");
    }

    @Test
    void branchesShowEachBranchPointWithItsBranchesBelowIt() {
        assertThat(text.branchPoint(new BranchPoint("a1a1a1a1", "create users", List.of("b2b2b2b2", "b2c2c2c2"))))
                .containsExactly(
                        "a1a1a1a1 (branchpoint), create users",
                        "         -> b2b2b2b2 (profile), add nickname",
                        "         -> b2c2c2c2, create tags");
    }

    @Test
    void stepsReadAsAlembicsRunningLines() {
        assertThat(text.step(new StepResult("a1a1a1a1", "create users", Direction.UPGRADE, Duration.ofMillis(42))))
                .isEqualTo("Running upgrade <base> -> a1a1a1a1, create users (42 ms)");
        assertThat(text.step(new StepResult("c3c3c3c3", "merge", Direction.DOWNGRADE, Duration.ofMillis(3))))
                .isEqualTo("Running downgrade c3c3c3c3 -> b2b2b2b2, b2c2c2c2, merge (3 ms)");
    }

    @Test
    void revisionListsNameBaseWhenEmpty() {
        assertThat(text.revisions(List.of())).isEqualTo("base");
        assertThat(text.revisions(List.of("d4d4d4d4"))).isEqualTo("d4d4d4d4 (head)");
        assertThat(text.revisions(List.of("b2b2b2b2", "zz"))).isEqualTo("b2b2b2b2, zz");
    }

    private static RevisionStatus status(String id, List<String> revises, Set<String> labels, String message,
                                         RevisionState state) {
        boolean applied = state != PENDING;
        return new RevisionStatus(id, revises, List.of(), labels, message, state, applied ? AT : null,
                applied ? 12L : null, applied ? "postgres@db1" : null, "0123abcd", id.equals("d4d4d4d4"),
                state == FAILED ? "relation \"x\" does not exist" : null);
    }
}
