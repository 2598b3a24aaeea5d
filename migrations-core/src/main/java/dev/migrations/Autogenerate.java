package dev.migrations;

import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.DatabaseNotUpToDateException;
import dev.migrations.autogenerate.ComparisonOptions;
import dev.migrations.autogenerate.ComparisonResult;
import dev.migrations.autogenerate.GeneratedMigration;
import dev.migrations.autogenerate.MigrationClass;
import dev.migrations.autogenerate.SchemaComparator;
import dev.migrations.dialect.Dialect;
import dev.migrations.runtime.RunnerSettings;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.ReadScope;
import dev.migrations.schema.SchemaModel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Autogenerate against the database of a {@link Migrations}: the schema the application wants (read from its
 * entities) compared with the live one, read in the migrations' schema without their own tables. As Alembic's,
 * it refuses a database that is not at the code's heads: the comparison would repeat what the pending revisions
 * do.
 *
 * <pre>{@code
 * Autogenerate autogenerate = migrations.autogenerate();
 * Autogenerate.Comparison comparison = autogenerate.compare(target, autogenerate.defaultOptions());
 * if (!comparison.result().hasNoOperations()) {
 *     comparison.migration(header).write(Path.of("src/main/java"));
 * }
 * }</pre>
 */
public final class Autogenerate {

    private final Migrations migrations;
    private final DataSource dataSource;
    private final Dialect dialect;
    private final RunnerSettings settings;

    Autogenerate(Migrations migrations, DataSource dataSource, Dialect dialect, RunnerSettings settings) {
        this.migrations = migrations;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.settings = settings;
    }

    /** What a comparison found, and the live schema it was made against (which a generated downgrade needs). */
    public record Comparison(SchemaModel live, ComparisonResult result) {

        /** The migration class for the comparison: {@code header}'s package, name, ids and message. */
        public GeneratedMigration migration(MigrationClass header) {
            return GeneratedMigration.of(header, result, live);
        }
    }

    /** Every table, every kind of difference, for the database's dialect. */
    public ComparisonOptions defaultOptions() {
        return ComparisonOptions.defaults(dialect);
    }

    /**
     * Compares {@code target} with the database, once it is at the code's heads.
     *
     * @throws DatabaseNotUpToDateException when revisions are pending or need repair
     */
    public Comparison compare(SchemaModel target, ComparisonOptions options) {
        requireUpToDate();
        return withConnection(connection -> {
            String current = dialect.currentSchema(connection);
            SchemaModel wanted = inScope(current, target);
            SchemaModel live = read(connection, current, wanted);
            return new Comparison(live, new SchemaComparator().compare(wanted, live, options));
        });
    }

    /** The database's schema as autogenerate sees it: the migrations' schema, without their own tables. */
    public SchemaModel liveSchema() {
        return liveSchema(SchemaModel.empty());
    }

    /** The migrations' schema, with those of the other schemas {@code target} names that the database has. */
    public SchemaModel liveSchema(SchemaModel target) {
        return withConnection(connection -> {
            String current = dialect.currentSchema(connection);
            return read(connection, current, inScope(current, target));
        });
    }

    /**
     * {@code target} as the comparison's schema sees it: see {@link SchemaModel#seenFrom}.
     *
     * @param current the connection's current schema ({@link Dialect#currentSchema}), asked once per comparison
     */
    private SchemaModel inScope(String current, SchemaModel target) {
        return target.seenFrom(settings.schema() != null ? settings.schema() : current);
    }

    /**
     * The live schema, read in the migrations' schema, which the operations then name; unnamed where it is the
     * connection's own, in which unqualified operations land anyway, so that a generated migration does not name a
     * schema it need not.
     */
    private SchemaModel read(Connection connection, String current, SchemaModel target) {
        String schema = settings.schema();
        String named = schema != null && NameKey.same(schema, current) ? null : schema;
        return dialect.schemaReader().read(connection, new ReadScope(named, settings.table()), target);
    }

    private interface OnConnection<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(OnConnection<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseAccessException("Cannot read the database's schema: " + e.getMessage(), e);
        }
    }

    /** Whether the database lives in this JVM's memory and starts empty in every run: see {@link Dialect#inMemory}. */
    public boolean inMemoryDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return dialect.inMemory(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new DatabaseAccessException("Cannot read the database's URL: " + e.getMessage(), e);
        }
    }

    /** Refuses, naming what to run, unless every revision of the code is applied and none needs repair. */
    public void requireUpToDate() {
        StatusReport status = migrations.status();
        List<RevisionStatus> problems = status.problems();
        if (!problems.isEmpty()) {
            RevisionStatus first = problems.get(0);
            throw new DatabaseNotUpToDateException(first.revision(), "The database is not up to date: revision "
                    + problems.stream().map(p -> p.revision() + " is " + p.state()).collect(Collectors.joining(", "))
                    + ". Resolve that first (`migrations history` shows each fix: `migrations repair <revision>`, "
                    + "`migrations stamp`, or the missing code), then compare again.");
        }
        if (status.pending() > 0) {
            String current = status.current().isEmpty() ? "base (no revision applied)"
                    : String.join(", ", status.current());
            throw new DatabaseNotUpToDateException(status.heads().isEmpty() ? null : status.heads().get(0),
                    "The database is not up to date: it is at " + current + ", the code's heads are "
                    + String.join(", ", status.heads()) + " (" + status.pending() + " revision"
                    + (status.pending() == 1 ? "" : "s") + " pending). Run `migrations upgrade` first: a comparison "
                    + "against this database would generate again what the pending revisions do.");
        }
    }
}
