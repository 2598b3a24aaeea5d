package dev.migrations.test.goodapp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check passes on the slice's embedded database (H2, as Boot's slices default to). */
class GoodMigrationsOnH2Test extends GoodAppCheckSuite {

    @Test
    void theSliceRunsOnTheEmbeddedDatabase(@Autowired DataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
        }
    }
}
