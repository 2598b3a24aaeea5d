package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Command mode on H2, writing to the real standard output and error. */
@ExtendWith(OutputCaptureExtension.class)
class H2CommandModeTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Test
    void upgradeHistoryAndDowngradeOnH2(CapturedOutput output) {
        Run upgrade = CommandMode.of(StoryTestApplication.class, db).run("upgrade");
        Run history = CommandMode.of(StoryTestApplication.class, db).run("history");
        Run downgrade = CommandMode.of(StoryTestApplication.class, db).run("downgrade", "base");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.outLines()).last().isEqualTo("Now at: d4000000 (head)");
        assertThat(history.outLines()).hasSize(5).allMatch(line -> line.contains("[APPLIED "));
        assertThat(downgrade.outLines()).last().isEqualTo("Now at: base");
        assertThat(output.getOut()).doesNotContain("Running upgrade");
    }

    @Test
    void withoutATestConsoleTheResultGoesToStandardOutputAndTheFailureToStandardError(CapturedOutput output) {
        CommandMode.of(StoryTestApplication.class, db).onSystemConsole().run("heads");
        CommandMode.of(StoryTestApplication.class, db).onSystemConsole().run("show", "nope0000");

        assertThat(output.getOut()).contains("d4000000 (head)\n");
        assertThat(output.getErr()).contains("FAILED: Unknown revision 'nope0000'");
        assertThat(output.getOut()).doesNotContain("FAILED");
    }
}
