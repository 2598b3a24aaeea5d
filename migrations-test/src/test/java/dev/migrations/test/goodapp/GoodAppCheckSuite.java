package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsCheckSuite;

import java.nio.file.Path;
import java.util.List;

/** The suite as the good application adopts it: its committed checksums and its data round trip. */
abstract class GoodAppCheckSuite extends MigrationsCheckSuite {

    @Override
    protected Path checksumFile() {
        return GoodChecks.CHECKSUMS;
    }

    @Override
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of(GoodChecks.trimmedNames());
    }
}
