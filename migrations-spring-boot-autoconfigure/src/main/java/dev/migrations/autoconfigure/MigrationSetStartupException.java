package dev.migrations.autoconfigure;

import dev.migrations.error.MigrationException;

import java.util.List;

/**
 * A migration set could not be built or could not run its start-up action. Not an error of its own: it names the
 * set and carries the engine's {@link MigrationException} as its cause, for {@link MigrationsFailureAnalyzer} to
 * explain.
 */
public class MigrationSetStartupException extends RuntimeException {

    private final String setName;
    private final List<String> heads;

    /**
     * @param heads the heads of the set's code, when known (empty when the set could not be built)
     */
    public MigrationSetStartupException(String setName, List<String> heads, MigrationException cause) {
        super("Migration set '" + setName + "' failed on start-up: " + cause.getMessage(), cause);
        this.setName = setName;
        this.heads = List.copyOf(heads);
    }

    public String setName() {
        return setName;
    }

    public List<String> heads() {
        return heads;
    }

    /** The engine's exception. */
    public MigrationException reason() {
        return (MigrationException) getCause();
    }
}
