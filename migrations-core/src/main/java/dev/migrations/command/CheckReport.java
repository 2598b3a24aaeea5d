package dev.migrations.command;

import dev.migrations.runtime.RunResult;

import java.util.List;
import java.util.Optional;

/**
 * What {@code check} found.
 *
 * @param inMemoryUpgrade the upgrade of an empty in-memory database that ran first, when one did
 * @param findings        every difference, each with what resolves it; empty when the check passed
 * @param compared        what was compared, a phrase each ("12 revisions, every checksum from the code", "the
 *                        entity model (9 tables, 41 columns)"), so that a passing check says what it covered
 */
public record CheckReport(Optional<RunResult> inMemoryUpgrade, List<String> current, List<String> heads,
                          List<CheckFinding> findings, List<String> compared) {

    public CheckReport {
        compared = List.copyOf(compared);
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
