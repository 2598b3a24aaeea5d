package dev.migrations.test.forgetful;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A downgrade that forgets an index fails checks 3 and 4, which name the revision and the index. */
@MigrationsTest
abstract class ForgetfulDowngradeContract {

    @Autowired
    MigrationsChecks checks;

    @Test
    void upDownConsistencyNamesTheRevisionAndWhatItsDowngradeLeft() {
        assertThatThrownBy(checks::upDownConsistency)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'up/down consistency' at revision f09e0002: after "
                        + "`downgrade -1` the schema is not what it was before `upgrade f09e0002`")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("op.dropIndex(")
                        .containsIgnoringCase("ix_notes_body"));
    }

    @Test
    void downgradeLeavesNoTraceNamesTheRevisionAlthoughTheTableGoesLater() {
        assertThatThrownBy(checks::downgradeLeavesNoTrace)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'downgrade leaves no trace' at revision f09e0002: on the "
                        + "way down from the heads, its downgrade does not undo its upgrade")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("op.dropIndex(")
                        .containsIgnoringCase("ix_notes_body"));
    }

    @Test
    void theChecksItDoesNotConcernStillPass() {
        checks.singleHead();
        checks.upgradesFromBase();
    }
}
