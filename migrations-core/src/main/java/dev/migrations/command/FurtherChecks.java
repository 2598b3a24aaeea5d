package dev.migrations.command;

import java.util.List;

/**
 * What the checks beyond the version table found (such as the comparison with the entity model), and what each
 * compared, for {@code check}'s answer when it passes: "the entity model (9 tables, 41 columns)".
 */
public record FurtherChecks(List<CheckFinding> findings, List<String> compared) {

    public FurtherChecks {
        findings = List.copyOf(findings);
        compared = List.copyOf(compared);
    }

    public static FurtherChecks none() {
        return new FurtherChecks(List.of(), List.of());
    }
}
