package dev.migrations.ops;

import dev.migrations.error.OfflineModeException;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Collects operations without running them: for offline SQL, checksums and derived downgrades. */
public final class RecordingSink implements OperationSink {

    private final List<Operation> operations = new ArrayList<>();

    /** Runs {@code body} against a recording {@link Operations} and returns what it did. */
    public static List<Operation> record(Consumer<Operations> body) {
        RecordingSink sink = new RecordingSink();
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

    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }
}
