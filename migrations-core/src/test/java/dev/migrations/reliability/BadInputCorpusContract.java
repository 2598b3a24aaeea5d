package dev.migrations.reliability;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.error.IrreversibleMigrationException;
import dev.migrations.error.LockTimeoutException;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.MigrationException;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.error.OfflineModeException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.error.UnknownRevisionException;
import dev.migrations.error.UnsupportedDatabaseException;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.MigrationLock;
import dev.migrations.reliability.BadRevisions.AnnotatedChild;
import dev.migrations.reliability.BadRevisions.BatchesInATransaction;
import dev.migrations.reliability.BadRevisions.CreateNotes;
import dev.migrations.reliability.BadRevisions.CreateNotesEdited;
import dev.migrations.reliability.BadRevisions.CreateTags;
import dev.migrations.reliability.BadRevisions.CycleOne;
import dev.migrations.reliability.BadRevisions.CycleThree;
import dev.migrations.reliability.BadRevisions.CycleTwo;
import dev.migrations.reliability.BadRevisions.DependsOnUnknown;
import dev.migrations.reliability.BadRevisions.DuplicateFirst;
import dev.migrations.reliability.BadRevisions.DuplicateSecond;
import dev.migrations.reliability.BadRevisions.ForkLeft;
import dev.migrations.reliability.BadRevisions.ForkRight;
import dev.migrations.reliability.BadRevisions.ForkRoot;
import dev.migrations.reliability.BadRevisions.IdEmpty;
import dev.migrations.reliability.BadRevisions.IdReserved;
import dev.migrations.reliability.BadRevisions.IdTooLong;
import dev.migrations.reliability.BadRevisions.IdWithDash;
import dev.migrations.reliability.BadRevisions.IdWithSpace;
import dev.migrations.reliability.BadRevisions.LabelIllegal;
import dev.migrations.reliability.BadRevisions.LabelIsAnId;
import dev.migrations.reliability.BadRevisions.LabelOwnerOne;
import dev.migrations.reliability.BadRevisions.LabelOwnerTwo;
import dev.migrations.reliability.BadRevisions.LockTimeoutInWords;
import dev.migrations.reliability.BadRevisions.NoDefaultConstructor;
import dev.migrations.reliability.BadRevisions.NotAnnotated;
import dev.migrations.reliability.BadRevisions.ReadsThroughTheConnection;
import dev.migrations.reliability.BadRevisions.RevisedTwice;
import dev.migrations.reliability.BadRevisions.RevisesItself;
import dev.migrations.reliability.BadRevisions.RevisesTwice;
import dev.migrations.reliability.BadRevisions.RevisesUnknown;
import dev.migrations.reliability.BadRevisions.SeedWithoutDowngrade;
import dev.migrations.reliability.BadRevisions.StatementTimeoutInWords;
import dev.migrations.reliability.BadRevisions.ThrowingConstructor;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.testing.TestDatabase;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bad-input corpus of the engine, on each real database (one subclass per database): one test per way of getting it wrong. Each
 * expects an error of the library's family that names the revision, target, class or setting at fault, and a
 * database left exactly as it was: nothing applied (no version row, no table of any migration) when it started
 * empty, or the same tables, version rows and audit rows when the case needs an earlier state. The Spring-level
 * cases (properties, scanned classes, migration sets) are in the auto-configuration module's {@code badinput}
 * package.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class BadInputCorpusContract {

    TestDatabase db;
    DatabaseProbe probe;

    abstract TestDatabase db();

    @BeforeEach
    void emptySchema() {
        db = db();
        probe = new DatabaseProbe(db.dataSource());
        db.reset();
    }

    Migrations migrations(MigrationScript... scripts) {
        return migrations(List.of(scripts));
    }

    Migrations migrations(List<? extends MigrationScript> scripts) {
        return Migrations.builder(db.dataSource()).migrations(scripts).lockWaitTimeout(Duration.ofSeconds(5)).build();
    }

    /** The schema is as empty as the test found it: no table at all, not even the version table. */
    void assertUntouched() {
        assertThat(probe.tables()).as("tables after the refused command").isEmpty();
    }

    /** Nothing applied: no version row and no migration's table (the version and audit tables may exist). */
    void assertNothingApplied() {
        assertThat(probe.versionRows()).as("version rows").isEmpty();
        assertThat(probe.userTables()).as("tables of migrations").isEmpty();
    }

    /** What a refused command must not change. */
    private record Snapshot(Set<String> tables, Map<String, String> versionRows, List<String> audit) {
    }

    private Snapshot snapshot() {
        return new Snapshot(probe.tables(), probe.versionRows(), probe.audit());
    }

    // --- the revision graph: validated by the first command (a duplicate id already by build()) ------------------

    @Test
    void aCycleNamesEveryRevisionInItAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new CycleOne(), new CycleTwo(), new CycleThree()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revisions cyc00001, cyc00002, cyc00003 form a cycle")
                .hasMessageContaining("remove one of these links");
        assertUntouched();
    }

    @Test
    void aDuplicateIdNamesTheIdAndBothMessagesAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new DuplicateFirst(), new DuplicateSecond()))
                .isInstanceOfSatisfying(InvalidRevisionGraphException.class,
                        e -> assertThat(e.revision()).isEqualTo("dup00001"))
                .hasMessageContaining("Revision id 'dup00001' is declared twice (\"first of two\" and \"second of two\")");
        assertUntouched();
    }

    @Test
    void anUnknownRevisesNamesTheRevisionAndTheMissingOneAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new RevisesUnknown()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision unk00001 revises nowhere1, which is not a known revision")
                .hasMessageContaining("correct the revises of unk00001");
        assertUntouched();
    }

    @Test
    void anUnknownDependsOnNamesTheRevisionAndTheMissingOneAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new DependsOnUnknown()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision dep00001 depends on nowhere2, which is not a known revision")
                .hasMessageContaining("dependsOn of dep00001");
        assertUntouched();
    }

    @Test
    void aRevisionRevisingItselfIsNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new RevisesItself()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision slf00001 revises itself");
        assertUntouched();
    }

    @Test
    void aRevisionListingAParentTwiceIsNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new RevisedTwice(), new RevisesTwice()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision twc00002 lists twc00001 twice in revises");
        assertUntouched();
    }

    @Test
    void anIdWithADashIsIllegalAndNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new IdWithDash()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision id 'bad-id01' is illegal")
                .hasMessageContaining("none of '@', '-', '+', ':' or whitespace");
        assertUntouched();
    }

    @Test
    void anIdWithWhitespaceIsIllegalAndNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new IdWithSpace()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision id 'bad id01' is illegal");
        assertUntouched();
    }

    @Test
    void anIdOf65CharactersIsIllegalAndNamedAndNothingIsApplied() {
        String id = "a23456789b123456789c123456789d123456789e123456789f123456789g12345";
        assertThat(id).hasSize(65);
        assertThatThrownBy(() -> migrations(new IdTooLong()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision id '" + id + "' is illegal: an id has 1 to 64 characters");
        assertUntouched();
    }

    @Test
    void anEmptyIdIsIllegalAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new IdEmpty()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision id '' is illegal");
        assertUntouched();
    }

    @Test
    void anIdSpelledAsATargetKeywordIsRefusedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new IdReserved()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Revision id 'head' is a reserved word");
        assertUntouched();
    }

    @Test
    void aBranchLabelDeclaredTwiceNamesBothRevisionsAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new LabelOwnerOne(), new LabelOwnerTwo()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Branch label 'feature' is declared by both revision lbl00001 and revision lbl00002");
        assertUntouched();
    }

    @Test
    void aBranchLabelEqualToARevisionIdIsAmbiguousAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new LabelOwnerOne(), new LabelIsAnId()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Branch label 'lbl00001' of revision lbl00003 is also the id of revision lbl00001");
        assertUntouched();
    }

    @Test
    void anIllegalBranchLabelIsNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new LabelIllegal()).upgrade())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("Branch label 'feat@x' of revision lbl00004 is illegal");
        assertUntouched();
    }

    // --- targets ------------------------------------------------------------------------------------------------

    @Test
    void anAmbiguousPrefixListsWhatItMatchesAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("abcd"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Revision prefix 'abcd' is ambiguous: it matches abcd1111, abcd2222")
                .hasMessageContaining("Give more characters");
        assertUntouched();
    }

    @Test
    void aPrefixShorterThanFourCharactersIsRefusedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("abc"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Revision prefix 'abc' is too short: give at least 4 characters");
        assertUntouched();
    }

    @Test
    void headWithTwoHeadsNamesBothAndTheMergeCommandAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new ForkRoot(), new ForkLeft(), new ForkRight()).upgrade("head"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Target 'head' needs a single head, but there are 2 heads: frk00002, frk00003")
                .hasMessageContaining("migrations merge");
        assertUntouched();
    }

    @Test
    void anUnknownTargetIsNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("nowhere"))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.revision()).isEqualTo("nowhere"))
                .hasMessageContaining("Unknown revision 'nowhere'")
                .hasMessageContaining("migrations history");
        assertUntouched();
    }

    @Test
    void zeroStepsIsNoTargetAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("+0"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Target '+0' needs a whole number of steps");
        assertUntouched();
    }

    @Test
    void fiveStepsUpWithThreePendingIsOutOfReachAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("+5"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Target '+5' is out of reach: there are only 3 revisions pending");
        assertUntouched();
    }

    @Test
    void anUpgradeToAStepDownPointsToDowngradeAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).upgrade("-1"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Upgrade target '-1' moves down; run `migrations downgrade -1` instead");
        assertUntouched();
    }

    @Test
    void aDowngradeToARevisionNotAppliedNamesItAndTheCurrentHeadAndChangesNothing() {
        Migrations migrations = migrations(BadRevisions.chain());
        migrations.upgrade("abcd1111");
        Snapshot before = snapshot();

        assertThatThrownBy(() -> migrations.downgrade("abcd2222"))
                .isInstanceOfSatisfying(TargetResolutionException.class,
                        e -> assertThat(e.revision()).isEqualTo("abcd2222"))
                .hasMessageContaining("Cannot downgrade to abcd2222: revision abcd2222 is not applied; current heads "
                        + "are abcd1111");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDowngradeToAStepUpPointsToUpgradeAndChangesNothing() {
        Migrations migrations = migrations(BadRevisions.chain());
        migrations.upgrade("abcd1111");
        Snapshot before = snapshot();

        assertThatThrownBy(() -> migrations.downgrade("+1"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Downgrade target '+1' moves up; run `migrations upgrade +1` instead");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void stampingAnUnknownRevisionNamesItAndRecordsNothing() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).stamp("nowhere"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Unknown revision 'nowhere'");
        assertNothingApplied();
    }

    @Test
    void repairingARevisionThatNeedsNoRepairNamesItAndChangesNothing() {
        assertThatThrownBy(() -> migrations(BadRevisions.chain()).repair("abcd1111"))
                .isInstanceOfSatisfying(TargetResolutionException.class,
                        e -> assertThat(e.revision()).isEqualTo("abcd1111"))
                .hasMessageContaining("Revision abcd1111 needs no repair: it is not applied");
        assertUntouched();
    }

    // --- drift between the code and the database ----------------------------------------------------------------

    @Test
    void anAppliedMigrationEditedAfterwardsIsNamedWithTheRepairCommandAndNothingMoreIsApplied() {
        migrations(new CreateNotes()).upgrade();
        Snapshot before = snapshot();

        assertThatThrownBy(() -> migrations(new CreateNotesEdited(), new CreateTags()).upgrade())
                .isInstanceOfSatisfying(ChecksumMismatchException.class,
                        e -> assertThat(e.revision()).isEqualTo("edt00001"))
                .hasMessageContaining("Revision edt00001 (create notes) was edited after it was applied")
                .hasMessageContaining("`migrations repair edt00001`");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(probe.userTables()).doesNotContain("tags");
    }

    /**
     * A database whose revisions are not on top of the code's history (here another history altogether: its root is
     * unknown to the code) is refused, naming them, and nothing is applied. A database merely ahead of the code, as
     * a newer release leaves it, is not refused: the older release's upgrade does nothing.
     */
    @Test
    void aDatabaseWhoseHistoryTheCodeDoesNotContinueNamesTheUnknownRevisionsAndNothingIsApplied() {
        migrations(new CreateNotes(), new CreateTags()).upgrade();
        Snapshot before = snapshot();

        assertThat(migrations(new CreateNotes()).upgrade().didNothing()).isTrue();
        assertThatThrownBy(() -> migrations(new SeedWithoutDowngrade()).upgrade())
                .isInstanceOfSatisfying(UnknownRevisionException.class,
                        e -> assertThat(e.revision()).isEqualTo("edt00001, edt00002"))
                .hasMessageContaining("The database records revisions edt00001 (create notes), edt00002 (create tags) "
                        + "that this code does not have")
                .hasMessageContaining("migrations stamp <revision> --purge");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(probe.userTables()).doesNotContain("lookup");
    }

    @Test
    void aDowngradeThroughAMigrationWithoutADerivableDowngradeNamesItAndChangesNothing() {
        Migrations migrations = migrations(new SeedWithoutDowngrade());
        migrations.upgrade();
        Snapshot before = snapshot();

        assertThatThrownBy(() -> migrations.downgrade("base"))
                .isInstanceOfSatisfying(IrreversibleMigrationException.class,
                        e -> assertThat(e.revision()).isEqualTo("irr00001"))
                .hasMessageContaining("Cannot downgrade through revision irr00001 (seed a lookup table): it has no "
                        + "downgrade()")
                .hasMessageContaining("Nothing was changed");
        assertThat(snapshot()).isEqualTo(before);
    }

    // --- the database itself ------------------------------------------------------------------------------------

    @Test
    void aLockHeldByAnotherRunnerTimesOutNamingTheVersionTableAndTheSettingAndNothingIsApplied() throws Exception {
        try (Connection holder = db.dataSource().getConnection()) {
            MigrationLock lock = Dialects.detect(holder).lock(null, RunnerSettings.DEFAULT_TABLE);
            assertThat(lock.tryAcquire(holder)).isTrue();
            Migrations migrations = Migrations.builder(db.dataSource()).migrations(BadRevisions.chain())
                    .lockWaitTimeout(Duration.ofMillis(600)).build();

            assertThatThrownBy(migrations::upgrade).isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("Could not take the migration lock of version table migrations_version")
                    .hasMessageContaining("migrations.lock-wait-timeout");
            assertUntouched();
            lock.release(holder);
        }
    }

    @Test
    void anUnsupportedDatabaseIsNamedWithTheSupportedOnesAndNothingIsCreatedInIt() throws Exception {
        JDBCDataSource hsqldb = new JDBCDataSource();
        hsqldb.setUrl("jdbc:hsqldb:mem:corpus_" + UUID.randomUUID().toString().replace("-", ""));
        hsqldb.setUser("SA");
        hsqldb.setPassword("");

        assertThatThrownBy(() -> Migrations.builder(hsqldb).migrations(BadRevisions.chain()).build().upgrade())
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("HSQL Database Engine")
                .hasMessageContaining("which migrations does not support");
        assertThat(tablesOf(hsqldb, "PUBLIC")).as("tables created in HSQLDB").isEmpty();
        try (Connection c = hsqldb.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
    }

    // --- one migration, wrongly written -------------------------------------------------------------------------

    @Test
    void aBadDurationInLockTimeoutNamesTheRevisionTheClassAndTheValueAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new LockTimeoutInWords()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("The lockTimeout of revision dur00001 (" + LockTimeoutInWords.class.getName() + ")")
                .hasMessageContaining("is \"5 seconds\", which is not a duration: write it as 500ms, 5s, 2m or 1h");
        assertUntouched();
    }

    @Test
    void aBadDurationInStatementTimeoutNamesTheRevisionAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new StatementTimeoutInWords()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("The statementTimeout of revision dur00002")
                .hasMessageContaining("\"soon\", which is not a duration");
        assertUntouched();
    }

    @Test
    void aMigrationClassWithoutTheAnnotationIsNamedWithAnExampleAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new NotAnnotated()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("Class " + NotAnnotated.class.getName() + " implements MigrationScript but has no "
                        + "@Migration annotation")
                .hasMessageContaining("@Migration(revision = \"");
        assertUntouched();
    }

    @Test
    void aMigrationClassWithTwoAnnotationsThroughInheritanceNamesBothAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new AnnotatedChild()))
                .isInstanceOfSatisfying(MigrationDefinitionException.class,
                        e -> assertThat(e.revision()).isEqualTo("inh00002"))
                .hasMessageContaining("Class " + AnnotatedChild.class.getName() + " has @Migration(revision = "
                        + "\"inh00002\") and inherits another, @Migration(revision = \"inh00001\") from "
                        + BadRevisions.AnnotatedParent.class.getName());
        assertUntouched();
    }

    @Test
    void aMigrationClassWithoutANoArgumentConstructorIsNamedAndNothingIsApplied() {
        assertThatThrownBy(() -> Migrations.builder(db.dataSource()).migrationClasses(NoDefaultConstructor.class))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("Migration class " + NoDefaultConstructor.class.getName()
                        + " has no no-argument constructor");
        assertUntouched();
    }

    @Test
    void aMigrationClassFailingInItsConstructorIsNamedWithTheCauseAndNothingIsApplied() {
        assertThatThrownBy(() -> Migrations.builder(db.dataSource()).migrationClasses(ThrowingConstructor.class))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("Migration class " + ThrowingConstructor.class.getName() + " failed in its "
                        + "constructor: the configuration file migrations.conf is missing");
        assertUntouched();
    }

    @Test
    void aBatchedUpdateCommittingEachBatchInATransactionalRevisionIsRefusedAndNothingIsApplied() {
        assertThatThrownBy(() -> migrations(new BatchesInATransaction()).upgrade())
                // Refused before anything runs: a database whose DDL commits at once would keep the first statements.
                .isInstanceOfSatisfying(MigrationDefinitionException.class, e -> assertThat(e.revision()).isEqualTo("bat00001"))
                .hasMessageContaining("Revision bat00001: batchedUpdate on batched commits each batch, which a transactional revision "
                        + "cannot do")
                .hasMessageContaining("transactional = false");
        assertNothingApplied();
    }

    @Test
    void offlineSqlOfAMigrationUsingTheConnectionNamesItAndTouchesNoDatabase() {
        Migrations offline = Migrations.offline().dialect("postgresql").migrations(new ReadsThroughTheConnection()).build();

        assertThatThrownBy(() -> offline.upgradeSql("heads"))
                .isInstanceOfSatisfying(OfflineModeException.class, e -> assertThat(e.revision()).isEqualTo("con00001"))
                .hasMessageContaining("Revision con00001 cannot be rendered as SQL: its upgrade uses op.connection()");
        assertUntouched();
    }

    @Test
    void offlineSqlForAnUnknownDatabaseNamesItAndTheKnownOnes() {
        Migrations offline = Migrations.offline().dialect("oracle").migrations(BadRevisions.chain()).build();

        assertThatThrownBy(() -> offline.upgradeSql("heads"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("Unknown database name 'oracle'. Name one of: postgresql (or postgres), mariadb, mysql, h2.");
        assertUntouched();
    }

    @Test
    void anOfflineDowngradeWithoutAStartingPointSaysHowToWriteOne() {
        Migrations offline = Migrations.offline().dialect("postgresql").migrations(BadRevisions.chain()).build();

        assertThatThrownBy(() -> offline.downgradeSql("base"))
                .isInstanceOf(TargetResolutionException.class)
                .hasMessageContaining("Offline downgrade needs a starting point: write from:to, such as head:base");
        assertUntouched();
    }

    @Test
    void aFacadeWithoutADataSourceRefusesToReachADatabase() {
        Migrations offline = Migrations.offline().dialect("postgresql").migrations(BadRevisions.chain()).build();

        assertThatThrownBy(offline::upgrade).isInstanceOf(MigrationException.class)
                .hasMessageContaining("built without a DataSource, for offline SQL only");
        assertUntouched();
    }

    private static List<String> tablesOf(DataSource dataSource, String schema) throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
