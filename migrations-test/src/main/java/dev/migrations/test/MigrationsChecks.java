package dev.migrations.test;

import dev.migrations.Autogenerate;
import dev.migrations.Migrations;
import dev.migrations.RevisionStatus;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autoconfigure.command.MigrationsCheck;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.SchemaComparator;
import dev.migrations.command.Counted;
import dev.migrations.command.OperationText;
import dev.migrations.graph.Revision;
import dev.migrations.schema.SchemaModel;
import org.opentest4j.AssertionFailedError;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks every CI should run on an application's migrations, as pytest-alembic's built-in tests: one head,
 * an upgrade from an empty database, every revision's round trip, a downgrade that leaves nothing behind, entities
 * that match the migrations, no edited released revision, and data carried through an upgrade. Each is a method
 * that fails with an {@link AssertionFailedError} naming the revision, the step and the difference in the words
 * of the command line. The database is a test database: the checks downgrade it to base and upgrade it again.
 *
 * <p>{@code @MigrationsTest} provides it as a bean for the default set; {@link #forSet} picks another.
 */
public final class MigrationsChecks {

    private final Map<String, MigrationSet> sets;
    private final MigrationSet set;
    private final EntityModelComparator entityModel;
    private final List<MigrationsCheck> entityChecks;

    /**
     * @param sets the application's migration sets, by name
     * @param entityModel the comparison of the JPA entities with the database, or null without JPA
     */
    public MigrationsChecks(Map<String, MigrationSet> sets, EntityModelComparator entityModel) {
        this(sets, entityModel, List.of());
    }

    /**
     * @param entityChecks what else {@code migrations check} asks of the entities, run by the entity check after
     *                     its comparison: Hibernate's own schema validation
     */
    public MigrationsChecks(Map<String, MigrationSet> sets, EntityModelComparator entityModel,
                            List<MigrationsCheck> entityChecks) {
        this(sets, sets.get(MigrationSet.DEFAULT), entityModel, entityChecks);
    }

    private MigrationsChecks(Map<String, MigrationSet> sets, MigrationSet set, EntityModelComparator entityModel,
                             List<MigrationsCheck> entityChecks) {
        this.sets = Map.copyOf(sets);
        this.set = set;
        this.entityModel = entityModel;
        this.entityChecks = List.copyOf(entityChecks);
    }

    /** The same checks on another migration set ({@code migrations.sets.<name>}). */
    public MigrationsChecks forSet(String name) {
        MigrationSet named = sets.get(name);
        if (named == null) {
            throw new IllegalArgumentException("There is no migration set '" + name + "'; the application has "
                    + String.join(", ", sets.keySet()) + ".");
        }
        return new MigrationsChecks(sets, named, entityModel, entityChecks);
    }

    /** Check 1: the code has exactly one head, so that {@code upgrade head} and new revisions know where to go. */
    public void singleHead() {
        List<String> heads = migrations().graph().heads();
        if (heads.size() != 1) {
            fail("single head", null, "the code has " + heads.size() + " heads: " + describe(heads)
                    + ". Merge them with `migrations merge -m \"merge heads\" heads`, or declare them with "
                    + "heads(...) when the branches are meant to stay apart.");
        }
    }

    /** Check 1, for histories whose branches stay apart: the code's heads are exactly {@code expected}. */
    public void heads(String... expected) {
        List<String> heads = migrations().graph().heads();
        if (!heads.stream().sorted().toList().equals(List.of(expected).stream().sorted().toList())) {
            fail("heads", null, "the code's heads are " + describe(heads) + ", not " + String.join(", ", expected)
                    + ".");
        }
    }

    /** Check 2: an empty database upgrades to the heads. */
    public void upgradesFromBase() {
        toEmptyBase("upgrade from base");
        run("upgrade from base", null, "upgrade heads", () -> migrations().upgrade("heads"));
        List<String> current = migrations().current().stream().map(RevisionStatus::revision).sorted().toList();
        List<String> heads = migrations().graph().heads().stream().sorted().toList();
        if (!current.equals(heads)) {
            fail("upgrade from base", null, "after `upgrade heads` the database is at " + describe(current)
                    + ", not at the heads " + describe(heads) + ".");
        }
    }

    /**
     * Check 3: for every revision in order, upgrading to it, downgrading one step and upgrading again gives the
     * schema it gave the first time, and the downgrade gives back the schema from before.
     */
    public void upDownConsistency() {
        toEmptyBase("up/down consistency");
        SchemaModel before = live();
        for (Revision revision : migrations().graph().revisions()) {
            String id = revision.id();
            run("up/down consistency", id, "upgrade " + id, () -> migrations().upgrade(id));
            SchemaModel upgraded = live();
            run("up/down consistency", id, "downgrade -1", () -> migrations().downgrade("-1"));
            requireSame("up/down consistency", id, "after `downgrade -1` the schema is not what it was before "
                    + "`upgrade " + id + "`", before, live());
            run("up/down consistency", id, "upgrade " + id + " (again)", () -> migrations().upgrade(id));
            SchemaModel again = live();
            requireSame("up/down consistency", id, "upgrading again after the downgrade gives another schema "
                    + "than the first upgrade", upgraded, again);
            before = again; // the next revision starts from here: one read less per revision
        }
    }

    /**
     * Check 4: base, then the heads, then base again leaves an empty schema: no table, sequence, type or index.
     * It goes up one revision at a time, then down one at a time, so that what a downgrade leaves behind is told
     * of the revision that left it, even when a later downgrade would sweep it away with its table.
     */
    public void downgradeLeavesNoTrace() {
        String check = "downgrade leaves no trace";
        toEmptyBase(check);
        List<Revision> revisions = migrations().graph().revisions();
        Map<String, SchemaModel> before = new HashMap<>();
        for (Revision revision : revisions) {
            before.put(revision.id(), live());
            run(check, revision.id(), "upgrade " + revision.id(), () -> migrations().upgrade(revision.id()));
        }
        for (int i = revisions.size() - 1; i >= 0; i--) {
            String id = revisions.get(i).id();
            run(check, id, "downgrade -1", () -> migrations().downgrade("-1"));
            requireSame(check, id, "on the way down from the heads, its downgrade does not undo its upgrade",
                    before.get(id), live());
        }
        if (!isEmpty(live())) {
            fail(check, null, "after downgrading to base the schema still holds " + leftOver(live()) + ".");
        }
    }

    /**
     * Whether the application has something to compare its entities with the database: Hibernate ORM on its class
     * path (or an {@link EntityModelComparator} of its own). An application on Spring Data JDBC, jOOQ or plain JDBC
     * has no entity model, and {@link #entitiesMatchMigrations()} nothing to check.
     */
    public boolean canCompareEntities() {
        return entityModel != null;
    }

    /**
     * Check 5: once the database is at the heads, the JPA entities and the database agree: autogenerate finds
     * nothing to write, nothing the entities map that it cannot express, and Hibernate's own validation passes, as
     * {@code migrations check}.
     */
    public void entitiesMatchMigrations() {
        if (entityModel == null || !entityModel.appliesTo(set)) {
            String reason = entityModel == null ? "the application has no Hibernate ORM"
                    : entityModel.missingEntityModel(set).orElse("its comparator has none");
            fail("entities match migrations", null, "there is no JPA entity model to compare with set '"
                    + set.name() + "' (" + reason + "): add Hibernate ORM and @Entity classes, or leave this check "
                    + "out.");
        }
        run("entities match migrations", null, "upgrade heads", () -> migrations().upgrade("heads"));
        Autogenerate.Comparison comparison = entityModel.compare(set, List.of());
        ComparisonResult result = comparison.result();
        List<String> differences = new ArrayList<>();
        result.operations().forEach(operation -> differences.add(OperationText.of(operation)));
        result.allWarnings().forEach(warning -> differences.add("WARNING " + warning));
        if (!differences.isEmpty()) {
            String named = MigrationSet.DEFAULT.equals(set.name()) ? "" : " --set " + set.name();
            fail("entities match migrations", null, "the entities and the database differ; "
                    + "`migrations revision" + named + " --autogenerate` would write:\n  "
                    + String.join("\n  ", differences));
        }
        // Never greener than the application: what Hibernate's validation refuses, this check refuses too.
        List<String> findings = new ArrayList<>();
        entityChecks.forEach(check -> check.check(set).forEach(finding -> findings.add(finding.description())));
        if (!findings.isEmpty()) {
            fail("entities match migrations", null, String.join("\n", findings));
        }
    }

    /**
     * Check 6: no released revision was edited: each revision recorded in {@code checksumFile} (one
     * {@code revision checksum} line each, committed with the code) still has that checksum. A missing file is
     * written, and the check fails until it is committed; revisions not yet in it pass (they are not released).
     */
    public void noEditedHistory(Path checksumFile) {
        ChecksumFile file = ChecksumFile.at(checksumFile);
        Map<String, String> current = currentChecksums();
        if (!file.exists()) {
            file.write(current);
            fail("no edited history", null, "there was no checksum file at " + checksumFile + "; it is written "
                    + "now with the checksums of " + Counted.of(current.size(), "revision") + ": commit it, so that "
                    + "an edit of a released revision fails this check.");
        }
        List<String> problems = new ArrayList<>();
        file.read().forEach((revision, recorded) -> {
            String now = current.get(revision);
            if (now == null) {
                problems.add("revision " + revision + " was released (it is in " + checksumFile + ") and is gone "
                        + "from the code: restore it, or remove its line if it never reached a database.");
            } else if (!now.equals(recorded)) {
                problems.add("revision " + revision + " (" + migrations().graph().get(revision).message()
                        + ") was edited after its release: its checksum was " + recorded + " and is " + now
                        + ". Undo the edit and write a new revision instead; `migrations show " + revision
                        + "` prints what the checksum covers.");
            }
        });
        if (!problems.isEmpty()) {
            fail("no edited history", null, String.join("\n", problems));
        }
    }

    /** Records the checksums of every revision of the code in {@code checksumFile}, for {@link #noEditedHistory}. */
    public void recordChecksums(Path checksumFile) {
        ChecksumFile.at(checksumFile).write(currentChecksums());
    }

    /** Every revision's checksum from its code, in the order of the graph. */
    private Map<String, String> currentChecksums() {
        Map<String, String> current = new LinkedHashMap<>();
        migrations().graph().revisions().forEach(revision -> current.put(revision.id(),
                migrations().checksum(revision.id())));
        return current;
    }

    /**
     * Check 7: data carried through the migrations. Brings an empty database to {@code revision}, lets
     * {@code insert} write rows as they were then, upgrades to the heads, and lets {@code verify} assert what the
     * migrations made of them.
     */
    public void dataRoundTrip(String revision, DataStep insert, DataStep verify) {
        toEmptyBase("data round trip");
        String id = migrations().graph().resolveRevision(revision);
        run("data round trip", id, "upgrade " + id, () -> migrations().upgrade(id));
        step("data round trip", id, "inserting the rows at " + id, insert);
        run("data round trip", id, "upgrade heads", () -> migrations().upgrade("heads"));
        step("data round trip", id, "verifying the rows after `upgrade heads`", verify);
    }

    /** Downgrades the database to base, whatever it is at. */
    public void downgradeToBase() {
        run("downgrade to base", null, "downgrade base", () -> migrations().downgrade("base"));
    }

    /** Writes rows, or asserts them, through the set's DataSource. */
    @FunctionalInterface
    public interface DataStep {
        void accept(DataSource dataSource) throws Exception;
    }

    private void toEmptyBase(String check) {
        run(check, null, "downgrade base (to start from an empty database)", () -> migrations().downgrade("base"));
        SchemaModel live = live();
        if (!isEmpty(live)) {
            fail(check, null, "the database is not empty at base: it holds " + leftOver(live) + ", which no "
                    + "migration creates. The checks need a database of their own.");
        }
    }

    private void step(String check, String revision, String what, DataStep step) {
        try {
            step.accept(migrations().dataSource());
        } catch (AssertionError e) {
            throw new AssertionFailedError(prefix(check, revision) + what + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AssertionFailedError(prefix(check, revision) + what + " failed: " + e, e);
        }
    }

    private static void run(String check, String revision, String command, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            throw new AssertionFailedError(prefix(check, revision) + "`migrations " + command + "` failed: "
                    + e.getMessage(), e);
        }
    }

    private void requireSame(String check, String revision, String what, SchemaModel expected, SchemaModel actual) {
        ComparisonResult difference = new SchemaComparator().compare(expected, actual,
                migrations().autogenerate().defaultOptions());
        if (difference.hasNoOperations()) {
            return;
        }
        fail(check, revision, what + "; to get back to it would take:\n  " + difference.operations().stream()
                .map(OperationText::of).collect(Collectors.joining("\n  ")));
    }

    private SchemaModel live() {
        return migrations().autogenerate().liveSchema();
    }

    private static boolean isEmpty(SchemaModel schema) {
        return schema.tables().isEmpty() && schema.sequences().isEmpty() && schema.enumTypes().isEmpty();
    }

    private static String leftOver(SchemaModel schema) {
        List<String> names = new ArrayList<>();
        schema.tables().keySet().forEach(name -> names.add("table " + name));
        schema.sequences().keySet().forEach(name -> names.add("sequence " + name));
        schema.enumTypes().keySet().forEach(name -> names.add("type " + name));
        return String.join(", ", names);
    }

    private String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : revisions.stream()
                .map(id -> migrations().graph().contains(id) ? id + " (" + migrations().graph().get(id).message()
                        + ")" : id)
                .collect(Collectors.joining(", "));
    }

    private void fail(String check, String revision, String message) {
        throw new AssertionFailedError(prefix(check, revision) + message);
    }

    private static String prefix(String check, String revision) {
        return "Migrations check '" + check + "'" + (revision == null ? "" : " at revision " + revision) + ": ";
    }

    private Migrations migrations() {
        return set.migrations();
    }
}
