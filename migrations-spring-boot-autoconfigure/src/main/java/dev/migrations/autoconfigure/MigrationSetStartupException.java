package dev.migrations.autoconfigure;

import dev.migrations.MigrationException;

import java.util.List;

/**
 * A migration set could not be built or could not run its start-up action. It names the set and keeps the
 * engine's exception as its cause, for {@link MigrationsFailureAnalyzer} to explain.
 */
public class MigrationSetStartupException extends MigrationException {

    private final String setName;
    private final List<String> heads;

    /**
     * @param heads the heads of the set's code, when known (empty when the set could not be built)
     */
    public MigrationSetStartupException(String setName, List<String> heads, MigrationException cause) {
        super(cause.revision(), "Migration set '" + setName + "' failed on start-up: " + cause.getMessage(), cause);
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
