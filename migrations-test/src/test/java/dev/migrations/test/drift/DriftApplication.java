package dev.migrations.test.drift;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import static dev.migrations.ops.Column.column;

/** An entity that gained a column no migration adds. */
@SpringBootApplication
public class DriftApplication {

    @Migration(revision = "d21f0001", message = "create gadgets")
    public static class CreateGadgets implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("gadgets",
                    column("id", Types.BIGINT).primaryKey(),
                    column("name", Types.varchar(100)).notNull());
        }
    }
}
