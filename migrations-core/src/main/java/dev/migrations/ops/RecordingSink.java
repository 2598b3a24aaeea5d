package dev.migrations.ops;

import dev.migrations.error.OfflineModeException;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Collects operations without running them: for offline SQL, checksums and derived downgrades. */
public final class RecordingSink implements OperationSink {

    private final List<Operation> operations = new ArrayList<>();
    private final Supplier<Database> database;
    private boolean databaseAsked;

    /** @param database what {@code op.database()} answers: the database the recording is for */
    public RecordingSink(Database database) {
        this(() -> database);
    }

    private RecordingSink(Supplier<Database> database) {
        this.database = database;
    }

    /**
     * Records part of a revision for {@link Operations} itself: the part asks {@code outer} for the database only
     * if the revision's own code does.
     */
    static List<Operation> recordWithin(OperationSink outer, Consumer<Operations> body) {
        RecordingSink sink = new RecordingSink(outer::database);
        body.accept(new Operations(sink));
        return sink.operations();
    }

    /** Runs {@code body} against a recording {@link Operations} for {@code database} and returns what it did. */
    public static List<Operation> record(Database database, Consumer<Operations> body) {
        RecordingSink sink = new RecordingSink(database);
        body.accept(new Operations(sink));
        return sink.operations();
    }

    @Override
    public void accept(Operation operation) {
        operations.add(operation);
    }

    @Override
    public Connection connection() {
        throw new OfflineModeException("op.connection() has no database here: this revision is being recorded "
                + "(offline SQL, checksum or derived downgrade). Use op.execute(...) for SQL that must appear "
                + "in offline scripts.");
    }

    @Override
    public Database database() {
        databaseAsked = true;
        return database.get();
    }

    /** Whether the recorded body asked which database it is for, so that it may do different things on each. */
    public boolean databaseAsked() {
        return databaseAsked;
    }

    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }
}
