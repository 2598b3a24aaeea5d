package dev.migrations.ops;

import java.sql.Connection;

/** Where {@link Operations} sends each operation: executed against a database, or recorded. */
public interface OperationSink {

    void accept(Operation operation);

    /**
     * The live connection the revision runs on, inside its transaction.
     *
     * @throws dev.migrations.error.OfflineModeException when there is none (offline SQL, checksums, recording)
     */
    Connection connection();

    /** The database the operations are for. */
    Database database();
}
