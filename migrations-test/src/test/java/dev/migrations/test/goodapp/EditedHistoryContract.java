package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Check 6 against a checksum file recorded when 600d0002 did something else: the revision's code changed since
 * its release, as an edit would change it.
 */
@MigrationsTest
abstract class EditedHistoryContract {

    @Autowired
    MigrationsChecks checks;

    @TempDir
    Path directory;

    @Test
    void anEditedReleasedRevisionIsNamedWithBothChecksums() throws Exception {
        String current = Files.readString(GoodChecks.CHECKSUMS);
        Path released = Files.writeString(directory.resolve("checksums.txt"),
                current.replaceAll("600d0002 \\S+", "600d0002 2:0badc0de"));

        assertThatThrownBy(() -> checks.noEditedHistory(released))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Migrations check 'no edited history': revision 600d0002 (index customers by "
                        + "email) was edited after its release: its checksum was 2:0badc0de and is 2:")
                .hasMessageContaining("`migrations show 600d0002`");
    }

    @Test
    void aReleasedRevisionGoneFromTheCodeIsNamed() throws Exception {
        Path released = Files.writeString(directory.resolve("checksums.txt"),
                Files.readString(GoodChecks.CHECKSUMS) + "dead0004 2:12345678\n");

        assertThatThrownBy(() -> checks.noEditedHistory(released))
                .hasMessageContaining("revision dead0004 was released");
    }

    @Test
    void aMissingFileIsWrittenAndTheCheckFailsUntilItIsCommitted() {
        Path file = directory.resolve("new/checksums.txt");

        assertThatThrownBy(() -> checks.noEditedHistory(file)).hasMessageContaining("commit it");
        assertThat(file).content().contains("600d0001 2:", "600d0003 2:");
        checks.noEditedHistory(file);
    }
}
