package dev.migrations;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.IncompleteMigrationException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.error.UnknownRevisionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionStateTest {

    @Test
    void everyStateButAppliedNamesTheCommandThatSettlesIt() {
        for (RevisionState state : RevisionState.values()) {
            String remedy = state.remedy("a1a1a1a1");
            if (state == RevisionState.APPLIED) {
                assertThat(remedy).isEmpty();
            } else {
                assertThat(remedy).as(state.name()).contains("`migrations ").endsWith(".");
            }
        }
        assertThat(RevisionState.CHECKSUM_MISMATCH.remedy("a1a1a1a1")).contains("`migrations repair a1a1a1a1`")
                .contains("`migrations show a1a1a1a1`");
        assertThat(RevisionState.FAILED.remedy("a1a1a1a1")).contains("`migrations repair a1a1a1a1`")
                .contains("`migrations stamp a1a1a1a1`");
    }

    /** The error that refuses to migrate gives the same fix as the state shown by status, health and history. */
    @Test
    void theErrorsOfAStateGiveTheStatesOwnRemedy() {
        assertThat(new ChecksumMismatchException("a1", "edited").remedy())
                .isEqualTo(RevisionState.CHECKSUM_MISMATCH.remedy("a1"));
        assertThat(new UnknownRevisionException("a1", "ahead").remedy())
                .isEqualTo(RevisionState.UNKNOWN_IN_CODE.remedy("a1"));
        assertThat(RevisionState.RUNNING.remedy("a1")).endsWith(new IncompleteMigrationException("a1", "part-way").remedy());
        assertThat(new MigrationFailedException("a1", "failed", null, true).remedy())
                .isEqualTo(RevisionState.FAILED.remedy("a1"));
        assertThat(new MigrationFailedException("a1", "failed", null, false).remedy())
                .contains("Fix revision a1").doesNotContain("repair");
    }
}
