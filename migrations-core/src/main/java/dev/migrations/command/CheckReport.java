package dev.migrations.command;

import dev.migrations.runtime.RunResult;

import java.util.List;
import java.util.Optional;

/**
 * What {@code check} found.
 *
 * @param inMemoryUpgrade the upgrade of an empty in-memory database that ran first, when one did
 * @param findings        every difference, each with what resolves it; empty when the check passed
 */
public record CheckReport(Optional<RunResult> inMemoryUpgrade, List<String> current, List<String> heads,
                          List<CheckFinding> findings) {

    public CheckReport {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
