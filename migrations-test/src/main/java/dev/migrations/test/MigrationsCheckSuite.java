package dev.migrations.test;

import dev.migrations.autoconfigure.MigrationSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;

/**
 * Every check, one test each: {@code class MigrationsCheckTest extends MigrationsCheckSuite {}} adopts them all.
 * Override a method to change what it checks (the migration set, the heads, the checksum file, the data round
 * trips), or to leave a check out by overriding it with a test that says why.
 */
@MigrationsTest
public abstract class MigrationsCheckSuite {

    @Autowired
    protected MigrationsChecks checks;

    @Test
    protected void singleHead() {
        checks().singleHead();
    }

    @Test
    protected void upgradesFromBase() {
        checks().upgradesFromBase();
    }

    @Test
    protected void upDownConsistency() {
        checks().upDownConsistency();
    }

    @Test
    protected void downgradeLeavesNoTrace() {
        checks().downgradeLeavesNoTrace();
    }

    /** Reported as not run, with the reason, in an application without Hibernate ORM: it has no entities. */
    @Test
    protected void entitiesMatchMigrations() {
        Assumptions.assumeTrue(checks().canCompareEntities(), "the application has no Hibernate ORM (as with Spring "
                + "Data JDBC), so it has no entity model to compare with the migrations");
        checks().entitiesMatchMigrations();
    }

    @Test
    protected void noEditedHistory() {
        checks().noEditedHistory(checksumFile());
    }

    /** The data round trips of {@link #dataRoundTrips()}; reported as not run when there are none. */
    @Test
    protected void dataRoundTrip() {
        List<DataRoundTrip> trips = dataRoundTrips();
        Assumptions.assumeFalse(trips.isEmpty(), "no data round trip is declared: override dataRoundTrips()");
        trips.forEach(trip -> checks().dataRoundTrip(trip.revision(), trip.insert(), trip.verify()));
    }

    /**
     * The migration set the checks run on: the default set unless overridden. A service with several sets has a
     * suite for each, each naming its set ({@code migrations.sets.<name>}).
     */
    protected String migrationSet() {
        return MigrationSet.DEFAULT;
    }

    /** Where the released revisions' checksums are committed; for a set other than the default, a file of its own. */
    protected Path checksumFile() {
        String set = migrationSet();
        return Path.of("src/test/resources/migrations-checksums"
                + (MigrationSet.DEFAULT.equals(set) ? "" : "-" + set) + ".txt");
    }

    /** The checks of {@link #migrationSet()}. */
    protected MigrationsChecks checks() {
        return MigrationSet.DEFAULT.equals(migrationSet()) ? checks : checks.forSet(migrationSet());
    }

    /** The data migrations to carry rows through: none unless overridden. */
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of();
    }

    /** Rows written at {@code revision} and asserted once the database is at the heads. */
    public record DataRoundTrip(String revision, MigrationsChecks.DataStep insert, MigrationsChecks.DataStep verify) {
    }
}
