package dev.migrations.runtime;

import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

    private static final Consumer<Operations> CREATE = op -> op.createTable("users",
            column("id", Types.BIGINT).primaryKey(), column("email", Types.varchar(255)).notNull());

    @Test
    void sameOperationsWrittenDifferentlyHaveTheSameChecksum() {
        Consumer<Operations> rewritten = op -> {
            var id = column("id", Types.BIGINT).primaryKey();
            var email = column("email", Types.varchar(255)).nullable(false);
            op.createTable("users", id, email);
        };
        assertThat(Checksums.of(rewritten)).isEqualTo(Checksums.of(CREATE)).matches("[0-9a-f]{8}");
    }

    @Test
    void anyChangeToWhatTheMigrationDoesChangesTheChecksum() {
        Consumer<Operations> widened = op -> op.createTable("users",
                column("id", Types.BIGINT).primaryKey(), column("email", Types.varchar(320)).notNull());
        assertThat(Checksums.of(widened)).isNotEqualTo(Checksums.of(CREATE));
    }

    @Test
    void parametersAndBinaryValuesCountByValueNotByIdentity() {
        Consumer<Operations> a = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 2});
        Consumer<Operations> b = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 2});
        Consumer<Operations> c = op -> op.execute("INSERT INTO blobs VALUES (?, ?)", 1, new byte[] {1, 3});
        assertThat(Checksums.of(a)).isEqualTo(Checksums.of(b)).isNotEqualTo(Checksums.of(c));
    }

    @Test
    void workThroughTheLiveConnectionEndsWhatTheChecksumCanSee() {
        Consumer<Operations> before = op -> op.execute("SELECT 1");
        Consumer<Operations> withConnection = op -> {
            op.execute("SELECT 1");
            op.connection();
            op.execute("never seen offline");
        };
        assertThat(Checksums.of(withConnection)).isNotEqualTo(Checksums.of(before))
                .isEqualTo(Checksums.of(op -> {
                    op.execute("SELECT 1");
                    op.connection();
                }));
    }
}
