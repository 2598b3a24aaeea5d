package dev.migrations.sample;

import dev.migrations.test.MigrationsCheckSuite;

import java.util.List;

/**
 * The checks every CI should run, on the slice's embedded H2: one head, an upgrade from empty, every revision's
 * round trip, a downgrade that leaves nothing, entities that match, no edited released revision (against
 * src/test/resources/migrations-checksums.txt), and the backfill's data round trip.
 */
class MigrationsChecksOnH2Test extends MigrationsCheckSuite {

    @Override
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of(SampleMigrationsChecks.fullNameBackfill());
    }
}
