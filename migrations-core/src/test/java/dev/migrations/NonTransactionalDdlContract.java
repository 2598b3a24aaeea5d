package dev.migrations;

import dev.migrations.error.IncompleteMigrationException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.fixtures.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a database whose DDL commits at once (H2, MariaDB) must do besides the shared contract. */
abstract class NonTransactionalDdlContract extends MigrationsContract {

    @Test
    void failureAfterDdlIsMarkedSoTheNextRunRefusesUntilRepaired() {
        List<MigrationScript> scripts = new ArrayList<>(Story.all());
        scripts.add(new Story.BrokenSeed());
        Migrations migrations = migrations(scripts);

        // The CREATE TABLE of the broken revision stays, as DDL committed at once: it must not pass unnoticed.
        assertThatThrownBy(migrations::upgrade).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("f6f6f6f6 (broken seed)")
                .hasMessageContaining("INSERT INTO no_such_table")
                .hasMessageContaining("migrations repair f6f6f6f6");
        assertThat(migrations.current()).extracting(RevisionStatus::revision).containsExactly("e5e5e5e5");
        assertThat(migrations.show("f6f6").state()).isEqualTo(RevisionState.FAILED);
        assertThat(catalog.tables()).contains("audit_log");
        assertThat(catalog.count("SELECT COUNT(*) FROM tags")).isZero();

        assertThatThrownBy(migrations::upgrade).isInstanceOf(IncompleteMigrationException.class)
                .hasMessageContaining("f6f6f6f6").hasMessageContaining("migrations repair f6f6f6f6");

        migrations.repair("f6f6f6f6");
        assertThat(migrations.show("f6f6").state()).isEqualTo(RevisionState.PENDING);
        db().execute("DROP TABLE audit_log");
        List<MigrationScript> fixed = new ArrayList<>(Story.all());
        fixed.add(new Story.SeedTags());
        assertThat(migrations(fixed).upgrade().headsAfter()).containsExactly("f6f6f6f6");
    }
}
