package dev.migrations.autoconfigure.command;

import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.autoconfigure.actuate.MigrationsEndpoint.MigrationDescriptor;
import dev.migrations.command.JsonPresenter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision is written with the same field names by {@code --json} on the command line, by the Actuator endpoint
 * and by the engine's {@link RevisionStatus}: a script reading one reads the others.
 */
class RevisionFieldNamesTest {

    @Test
    void theCommandLineTheEndpointAndTheEngineNameARevisionsFieldsAlike() {
        RevisionStatus status = new RevisionStatus("a1", List.of(), List.of(), Set.of(), "create users",
                RevisionState.APPLIED, Instant.parse("2026-12-03T10:00:00Z"), 12L, "app@host", "2:0a1b2c3d", true, null);

        List<String> engine = names(RevisionStatus.class);

        assertThat(JsonPresenter.revision(status).keySet()).containsExactlyInAnyOrderElementsOf(engine);
        assertThat(names(MigrationDescriptor.class)).containsExactlyInAnyOrderElementsOf(engine);
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
