package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsCheckSuite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check passes on the slice's embedded database (H2, as Boot's slices default to). */
class GoodMigrationsOnH2Test extends MigrationsCheckSuite {

    @Override
    protected Path checksumFile() {
        return GoodChecks.CHECKSUMS;
    }

    @Override
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of(GoodChecks.trimmedNames());
    }

    @Test
    void theSliceRunsOnTheEmbeddedDatabase(@Autowired DataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
        }
    }
}
