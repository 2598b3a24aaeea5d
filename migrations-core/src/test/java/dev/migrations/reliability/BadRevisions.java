package dev.migrations.reliability;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import java.util.List;
import java.util.Map;

import static dev.migrations.ops.Column.column;

/** The migrations of the bad-input corpus: each is wrong in one way, or is the good revision next to a wrong one. */
final class BadRevisions {

    /** A table name, a column name and an index name that each try to end the statement and drop a table. */
    static final String ODD_TABLE = "x\"; DROP TABLE victims; --";
    static final String ODD_COLUMN = "y\"; DROP TABLE victims; --";
    static final String ODD_QUOTE_COLUMN = "z'); DROP TABLE victims; --";
    static final String ODD_INDEX = "ix\"; DROP TABLE victims; --";
    static final String ODD_VALUE = "'); DROP TABLE victims; --";

    /** A name as PostgreSQL stores it: the library gives names their unquoted meaning, so A to Z fold to lower case. */
    static String folded(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private BadRevisions() {
    }

    /** Creates a table of its own; the base of most cases. */
    abstract static class Creates implements MigrationScript {
        private final String table;

        Creates(String table) {
            this.table = table;
        }

        @Override
        public void upgrade(Operations op) {
            op.createTable(table, column("id", Types.BIGINT).primaryKey());
        }
    }

    // --- the graph -------------------------------------------------------------------------------------------

    @Migration(revision = "cyc00001", revises = "cyc00003", message = "cycle one")
    public static class CycleOne extends Creates {
        public CycleOne() {
            super("cycle_one");
        }
    }

    @Migration(revision = "cyc00002", revises = "cyc00001", message = "cycle two")
    public static class CycleTwo extends Creates {
        public CycleTwo() {
            super("cycle_two");
        }
    }

    @Migration(revision = "cyc00003", revises = "cyc00002", message = "cycle three")
    public static class CycleThree extends Creates {
        public CycleThree() {
            super("cycle_three");
        }
    }

    @Migration(revision = "dup00001", message = "first of two")
    public static class DuplicateFirst extends Creates {
        public DuplicateFirst() {
            super("duplicate_first");
        }
    }

    @Migration(revision = "dup00001", message = "second of two")
    public static class DuplicateSecond extends Creates {
        public DuplicateSecond() {
            super("duplicate_second");
        }
    }

    @Migration(revision = "unk00001", revises = "nowhere1", message = "revises a missing revision")
    public static class RevisesUnknown extends Creates {
        public RevisesUnknown() {
            super("revises_unknown");
        }
    }

    @Migration(revision = "dep00001", dependsOn = "nowhere2", message = "depends on a missing revision")
    public static class DependsOnUnknown extends Creates {
        public DependsOnUnknown() {
            super("depends_on_unknown");
        }
    }

    @Migration(revision = "slf00001", revises = "slf00001", message = "revises itself")
    public static class RevisesItself extends Creates {
        public RevisesItself() {
            super("revises_itself");
        }
    }

    @Migration(revision = "twc00002", revises = {"twc00001", "twc00001"}, message = "revises one revision twice")
    public static class RevisesTwice extends Creates {
        public RevisesTwice() {
            super("revises_twice");
        }
    }

    @Migration(revision = "twc00001", message = "base of revises-twice")
    public static class RevisedTwice extends Creates {
        public RevisedTwice() {
            super("revised_twice");
        }
    }

    @Migration(revision = "bad-id01", message = "id with a dash")
    public static class IdWithDash extends Creates {
        public IdWithDash() {
            super("id_with_dash");
        }
    }

    @Migration(revision = "bad id01", message = "id with a space")
    public static class IdWithSpace extends Creates {
        public IdWithSpace() {
            super("id_with_space");
        }
    }

    /** 65 characters: one more than an id may have. */
    @Migration(revision = "a23456789b123456789c123456789d123456789e123456789f123456789g12345", message = "too long")
    public static class IdTooLong extends Creates {
        public IdTooLong() {
            super("id_too_long");
        }
    }

    @Migration(revision = "", message = "empty id")
    public static class IdEmpty extends Creates {
        public IdEmpty() {
            super("id_empty");
        }
    }

    @Migration(revision = "head", message = "a reserved word as id")
    public static class IdReserved extends Creates {
        public IdReserved() {
            super("id_reserved");
        }
    }

    @Migration(revision = "lbl00001", branchLabels = "feature", message = "one owner of the label")
    public static class LabelOwnerOne extends Creates {
        public LabelOwnerOne() {
            super("label_owner_one");
        }
    }

    @Migration(revision = "lbl00002", revises = "lbl00001", branchLabels = "feature", message = "another owner")
    public static class LabelOwnerTwo extends Creates {
        public LabelOwnerTwo() {
            super("label_owner_two");
        }
    }

    @Migration(revision = "lbl00003", revises = "lbl00001", branchLabels = "lbl00001", message = "label is an id")
    public static class LabelIsAnId extends Creates {
        public LabelIsAnId() {
            super("label_is_an_id");
        }
    }

    @Migration(revision = "lbl00004", branchLabels = "feat@x", message = "illegal label")
    public static class LabelIllegal extends Creates {
        public LabelIllegal() {
            super("label_illegal");
        }
    }

    // --- targets: a chain abcd1111 -> abcd2222 -> abce3333, and a fork -----------------------------------------

    @Migration(revision = "abcd1111", message = "first of the chain")
    public static class ChainFirst extends Creates {
        public ChainFirst() {
            super("chain_first");
        }
    }

    @Migration(revision = "abcd2222", revises = "abcd1111", message = "second of the chain")
    public static class ChainSecond extends Creates {
        public ChainSecond() {
            super("chain_second");
        }
    }

    @Migration(revision = "abce3333", revises = "abcd2222", message = "third of the chain")
    public static class ChainThird extends Creates {
        public ChainThird() {
            super("chain_third");
        }
    }

    static List<MigrationScript> chain() {
        return List.of(new ChainFirst(), new ChainSecond(), new ChainThird());
    }

    @Migration(revision = "frk00001", message = "fork root")
    public static class ForkRoot extends Creates {
        public ForkRoot() {
            super("fork_root");
        }
    }

    @Migration(revision = "frk00002", revises = "frk00001", message = "left head")
    public static class ForkLeft extends Creates {
        public ForkLeft() {
            super("fork_left");
        }
    }

    @Migration(revision = "frk00003", revises = "frk00001", message = "right head")
    public static class ForkRight extends Creates {
        public ForkRight() {
            super("fork_right");
        }
    }

    // --- drift -----------------------------------------------------------------------------------------------

    @Migration(revision = "edt00001", message = "create notes")
    public static class CreateNotes implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("notes", column("id", Types.BIGINT).primaryKey());
        }
    }

    /** The same revision, edited after it was applied: it now adds a column. */
    @Migration(revision = "edt00001", message = "create notes")
    public static class CreateNotesEdited implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("notes", column("id", Types.BIGINT).primaryKey(), column("body", Types.TEXT));
        }
    }

    @Migration(revision = "edt00002", revises = "edt00001", message = "create tags")
    public static class CreateTags implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("tags", column("id", Types.BIGINT).primaryKey());
        }
    }

    // --- the definition of one migration ------------------------------------------------------------------------

    @Migration(revision = "dur00001", message = "lock timeout in words", lockTimeout = "5 seconds")
    public static class LockTimeoutInWords extends Creates {
        public LockTimeoutInWords() {
            super("lock_timeout_in_words");
        }
    }

    @Migration(revision = "dur00002", message = "statement timeout in words", statementTimeout = "soon")
    public static class StatementTimeoutInWords extends Creates {
        public StatementTimeoutInWords() {
            super("statement_timeout_in_words");
        }
    }

    /** Implements MigrationScript, forgets the annotation. */
    public static class NotAnnotated extends Creates {
        public NotAnnotated() {
            super("not_annotated");
        }
    }

    @Migration(revision = "inh00001", message = "the parent")
    public static class AnnotatedParent extends Creates {
        public AnnotatedParent() {
            super("annotated_parent");
        }
    }

    @Migration(revision = "inh00002", revises = "inh00001", message = "the child")
    public static class AnnotatedChild extends AnnotatedParent {
    }

    @Migration(revision = "ctr00001", message = "needs an argument")
    public static class NoDefaultConstructor extends Creates {
        public NoDefaultConstructor(String table) {
            super(table);
        }
    }

    @Migration(revision = "ctr00002", message = "fails while constructed")
    public static class ThrowingConstructor extends Creates {
        public ThrowingConstructor() {
            super("throwing_constructor");
            throw new IllegalStateException("the configuration file migrations.conf is missing");
        }
    }

    // --- revisions that fail when run -----------------------------------------------------------------------------

    @Migration(revision = "bat00001", message = "commits batches inside a transaction")
    public static class BatchesInATransaction implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("batched", column("id", Types.BIGINT).primaryKey(), column("done", Types.BOOLEAN));
            op.execute(op.database() == Database.MARIADB ? "INSERT INTO batched SELECT seq, false FROM seq_1_to_10"
                    : "INSERT INTO batched SELECT g, false FROM generate_series(1, 10) g");
            op.batchedUpdate(BatchedUpdate.of("batched", "done = true").batchSize(5).commitEachBatch());
        }
    }

    @Migration(revision = "stm00001", message = "runs too long", statementTimeout = "300ms")
    public static class RunsTooLong implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("too_long", column("id", Types.BIGINT).primaryKey());
            op.execute(op.database() == Database.MARIADB ? "SELECT SLEEP(5)" : "SELECT pg_sleep(5)");
        }
    }

    @Migration(revision = "irr00001", message = "seed a lookup table")
    public static class SeedWithoutDowngrade implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("lookup", column("id", Types.BIGINT).primaryKey(), column("name", Types.TEXT));
            op.execute("INSERT INTO lookup VALUES (1, 'one')");
        }
    }

    @Migration(revision = "con00001", message = "reads through the connection")
    public static class ReadsThroughTheConnection implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("counted", column("id", Types.BIGINT).primaryKey());
            try (var statement = op.connection().createStatement()) {
                statement.execute("INSERT INTO counted VALUES (1)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // --- identifiers that try to break out of their quotes ------------------------------------------------------

    @Migration(revision = "sql00001", message = "odd identifiers")
    public static class OddIdentifiers implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable(ODD_TABLE, column("id", Types.BIGINT).primaryKey(), column(ODD_COLUMN, Types.TEXT));
            op.addColumn(ODD_TABLE, column(ODD_QUOTE_COLUMN, Types.TEXT));
            op.createIndex(CreateIndex.of(ODD_INDEX, ODD_TABLE, ODD_COLUMN));
            op.setTableComment(ODD_TABLE, ODD_VALUE);
            op.bulkInsert(ODD_TABLE, List.of(Map.of("id", 1, ODD_COLUMN, ODD_VALUE, ODD_QUOTE_COLUMN, ODD_VALUE)));
        }
    }
}
