package dev.migrations.test.twoheads;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two heads fail check 1, which names them and the merge that fixes it; declared, they pass. */
@MigrationsTest
abstract class TwoHeadsContract {

    @Autowired
    MigrationsChecks checks;

    @Test
    void singleHeadNamesBothHeadsAndTheMerge() {
        assertThatThrownBy(checks::singleHead)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Migrations check 'single head': the code has 2 heads: 2ead0002 (add team name), "
                        + "2ead0003 (add team size). Merge them with `migrations merge -m \"merge heads\" heads`, "
                        + "or declare them with heads(...) when the branches are meant to stay apart.");
    }

    @Test
    void declaredHeadsPassAndTheBranchesStillRoundTrip() {
        checks.heads("2ead0003", "2ead0002");
        checks.upDownConsistency();
        checks.downgradeLeavesNoTrace();
    }

    @Test
    void headsOtherThanDeclaredFail() {
        assertThatThrownBy(() -> checks.heads("2ead0002"))
                .hasMessage("Migrations check 'heads': the code's heads are 2ead0002 (add team name), 2ead0003 (add "
                        + "team size), not 2ead0002.");
    }
}
