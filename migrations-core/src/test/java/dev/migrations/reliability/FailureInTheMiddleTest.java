package dev.migrations.reliability;

import dev.migrations.Migration;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import dev.migrations.runtime.RunResult;
import dev.migrations.runtime.StepResult;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A revision that fails on its third statement, in the middle of a run of three: the database stays at the revision
 * before it (its first two statements rolled back with it), the revision after it is not run, and the error names
 * the revision, the statement and where the database is. Once the revision is fixed, under the same id, the same
 * command completes. The packaged-jar version of this, through {@code migrations upgrade}, is
 * {@code dev.migrations.sample.reliability.FailureInTheMiddleJarIT}.
 */
class FailureInTheMiddleTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final DatabaseProbe probe = new DatabaseProbe(db.dataSource());

    @BeforeEach
    void emptySchema() {
        db.reset();
    }

    @Migration(revision = "fm000001", message = "create accounts")
    public static class CreateAccounts implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("accounts", column("id", Types.BIGINT).primaryKey());
        }
    }

    @Migration(revision = "fm000002", revises = "fm000001", message = "open the ledger")
    public static class OpenTheLedger implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("ledger", column("id", Types.BIGINT).primaryKey(), column("amount", Types.BIGINT));
            op.addColumn("accounts", column("balance", Types.BIGINT));
            op.execute("INSERT INTO ledger_typo (id, amount) VALUES (1, 0)");
        }
    }

    /** The same revision, its third statement corrected. */
    @Migration(revision = "fm000002", revises = "fm000001", message = "open the ledger")
    public static class OpenTheLedgerFixed implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("ledger", column("id", Types.BIGINT).primaryKey(), column("amount", Types.BIGINT));
            op.addColumn("accounts", column("balance", Types.BIGINT));
            op.execute("INSERT INTO ledger (id, amount) VALUES (1, 0)");
        }
    }

    @Migration(revision = "fm000003", revises = "fm000002", message = "create statements")
    public static class CreateStatements implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("statements", column("id", Types.BIGINT).primaryKey());
        }
    }

    private static Migrations migrations(MigrationScript second) {
        return Migrations.builder(db.dataSource()).lockWaitTimeout(Duration.ofSeconds(10))
                .migrations(new CreateAccounts(), second, new CreateStatements()).build();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void failureOnTheThirdStatementLeavesThePreviousRevisionAndTheFixedRevisionCompletes() {
        Migrations broken = migrations(new OpenTheLedger());

        assertThatThrownBy(broken::upgrade).isInstanceOfSatisfying(MigrationFailedException.class,
                        e -> assertThat(e.revision()).isEqualTo("fm000002"))
                .hasMessageContaining("Upgrade to revision fm000002 (open the ledger) failed at statement: "
                        + "INSERT INTO ledger_typo (id, amount) VALUES (1, 0)")
                .hasMessageContaining("relation \"ledger_typo\" does not exist")
                .hasMessageContaining("Nothing of it was applied: the database is still at fm000001");

        assertThat(probe.versionRows()).containsExactly(Map.entry("fm000001", "APPLIED"));
        assertThat(probe.userTables()).as("the first two statements went with the third").containsExactly("accounts");
        assertThat(probe.count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'accounts' "
                + "AND column_name = 'balance'")).isZero();
        assertThat(broken.current()).extracting(RevisionStatus::revision).containsExactly("fm000001");
        assertThat(broken.status().revisions()).extracting(RevisionStatus::revision, RevisionStatus::state)
                .contains(tuple("fm000002", RevisionState.PENDING),
                        tuple("fm000003", RevisionState.PENDING));
        assertThat(probe.audit()).containsExactly("fm000001 UPGRADE", "fm000002 FAILED");

        RunResult fixed = migrations(new OpenTheLedgerFixed()).upgrade();

        assertThat(fixed.steps()).extracting(StepResult::revision).containsExactly("fm000002", "fm000003");
        assertThat(fixed.headsAfter()).containsExactly("fm000003");
        assertThat(probe.userTables()).containsExactlyInAnyOrder("accounts", "ledger", "statements");
        assertThat(probe.count("SELECT COUNT(*) FROM ledger")).isEqualTo(1);
        assertThat(probe.audit()).containsExactly("fm000001 UPGRADE", "fm000002 FAILED", "fm000002 UPGRADE",
                "fm000003 UPGRADE");
        assertThat(List.copyOf(probe.versionRows().values())).containsOnly("APPLIED").hasSize(3);
    }
}
