package dev.migrations.error;

/** The revisions do not form a valid graph: duplicate or illegal ids, unknown references, cycles, label clashes. */
public final class InvalidRevisionGraphException extends ConfigurationException {

    public InvalidRevisionGraphException(String message) {
        super(message);
    }

    public InvalidRevisionGraphException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public InvalidRevisionGraphException(String revision, String message) {
        super(revision, message, null);
    }

    public InvalidRevisionGraphException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Fix the revisions the message names (their @Migration revision, revises, dependsOn and branchLabels); "
                + "`migrations heads` and `migrations branches` show the graph.";
    }
}
