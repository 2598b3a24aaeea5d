package dev.migrations.command;

import dev.migrations.Migrations;
import dev.migrations.MigrationScript;
import dev.migrations.error.UsageException;
import dev.migrations.fixtures.Story;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commands as values, on PostgreSQL, on the story graph a1 -> b2 -> (c3a | c3b) -> d4 (merge) -> e5. */
class MigrationCommandsTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private static final List<MigrationScript> FORKED = List.of(new Story.CreateUsers(), new Story.CreatePosts(),
            new Story.AddNickname(), new Story.CreateTags());

    @BeforeEach
    void emptySchema() {
        db.reset();
    }

    private static MigrationCommands commands(List<? extends MigrationScript> scripts) {
        return new MigrationCommands(Migrations.builder(db.dataSource()).migrations(scripts).build(), ZoneOffset.UTC);
    }

    @Test
    void checkFindsPendingRevisionsAndRunsNoFurtherCheckUntilTheDatabaseIsAtTheHeads() {
        MigrationCommands commands = commands(Story.all());
        commands.upgrade("b2b2b2b2");
        List<String> furtherChecksRun = new java.util.ArrayList<>();

        CheckReport report = commands.check(() -> {
            furtherChecksRun.add("model");
            return FurtherChecks.none();
        });

        assertThat(report.passed()).isFalse();
        assertThat(report.inMemoryUpgrade()).isEmpty();
        assertThat(report.current()).containsExactly("b2b2b2b2");
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(CheckFinding.PENDING);
            assertThat(finding.description()).contains("b2b2b2b2", "e5e5e5e5", "4 revisions pending",
                    "migrations upgrade");
        });
        assertThat(furtherChecksRun).isEmpty();
    }

    @Test
    void checkAtTheHeadsRunsTheFurtherChecksAndReportsTheirFindings() {
        MigrationCommands commands = commands(Story.all());
        commands.upgrade("heads");

        CheckReport report = commands.check(() -> new FurtherChecks(
                List.of(new CheckFinding(CheckFinding.MODEL, "column users.phone")), List.of("the entity model")));
        CheckReport passing = commands.check(() -> new FurtherChecks(List.of(), List.of("the entity model")));

        assertThat(report.findings()).containsExactly(new CheckFinding(CheckFinding.MODEL, "column users.phone"));
        assertThat(passing.passed()).isTrue();
        assertThat(passing.compared()).containsExactly(
                "6 revisions with the version table, each applied one's checksum from its code", "the entity model");
    }

    @Test
    void checkReportsAnEditedRevisionAsDriftWithItsRemedy() {
        commands(Story.all()).upgrade("heads");
        List<MigrationScript> edited = new java.util.ArrayList<>(Story.all());
        edited.replaceAll(s -> s instanceof Story.CreateTags ? new Story.CreateTagsEdited() : s);

        CheckReport report = commands(edited).check(FurtherChecks::none);

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(CheckFinding.DRIFT);
            assertThat(finding.description()).contains("c3b3b3b3", "CHECKSUM_MISMATCH", "migrations repair c3b3b3b3");
        });
    }

    @Test
    void repairOfAnEditedRevisionAcceptsItsCode() {
        commands(Story.all()).upgrade("heads");
        List<MigrationScript> edited = new java.util.ArrayList<>(Story.all());
        edited.replaceAll(s -> s instanceof Story.CreateTags ? new Story.CreateTagsEdited() : s);

        Repair repair = commands(edited).repair("c3b3");

        assertThat(repair.acceptedEdit()).isTrue();
        assertThat(repair.after().revision()).isEqualTo("c3b3b3b3");
        assertThat(commands(edited).check(FurtherChecks::none).passed()).isTrue();
    }

    @Test
    void currentListsWhereTheDatabaseIsAndTheHeads() {
        MigrationCommands commands = commands(FORKED);
        commands.upgrade("c3a3a3a3");

        CurrentRevisions current = commands.current();

        assertThat(current.current()).extracting(s -> s.revision()).containsExactly("c3a3a3a3");
        assertThat(current.heads()).containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3");
        assertThat(current.problems()).isEmpty();
    }

    @Test
    void branchesCarryTheStatusOfTheirBranchPoint() {
        MigrationCommands commands = commands(FORKED);
        commands.upgrade("b2b2b2b2");

        assertThat(commands.branches()).singleElement().satisfies(branching -> {
            assertThat(branching.point().revision()).isEqualTo("b2b2b2b2");
            assertThat(branching.point().branches()).containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3");
            assertThat(branching.revision().state()).isEqualTo(dev.migrations.RevisionState.APPLIED);
        });
    }

    @Test
    void mergeJoinsTheHeadsNamedByHeads() {
        assertThat(commands(FORKED).mergeParents(List.of("heads"))).containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3");
        assertThat(commands(FORKED).mergeParents(List.of("c3a3", "tagging@head")))
                .containsExactly("c3a3a3a3", "c3b3b3b3");
    }

    @Test
    void mergeRefusesFewerThanTwoRevisionsNamingTheHeads() {
        assertThatThrownBy(() -> commands(FORKED).mergeParents(List.of("c3a3a3a3")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("only c3a3a3a3 was given")
                .hasMessageContaining("The heads are c3a3a3a3, c3b3b3b3");
        assertThatThrownBy(() -> commands(Story.all()).mergeParents(List.of("heads")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("the code has a single head");
    }

    @Test
    void mergeRefusesARevisionThatIsAnAncestorOfAnother() {
        assertThatThrownBy(() -> commands(FORKED).mergeParents(List.of("a1a1a1a1", "c3b3b3b3")))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.revision()).isEqualTo("a1a1a1a1"))
                .hasMessageContaining("a1a1a1a1 is already an ancestor of c3b3b3b3");
    }

    @Test
    void aNewRevisionFollowsEveryHeadOrTheOneHeadGiven() {
        assertThat(commands(FORKED).revisionParents(null)).containsExactlyInAnyOrder("c3a3a3a3", "c3b3b3b3");
        assertThat(commands(FORKED).revisionParents("profile@head")).containsExactly("c3a3a3a3");
        assertThatThrownBy(() -> commands(FORKED).revisionParents("b2b2"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("Revision b2b2b2b2 is not a head (it is followed by ")
                .hasMessageContaining("The heads are ");
    }
}
