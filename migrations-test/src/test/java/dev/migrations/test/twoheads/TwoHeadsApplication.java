package dev.migrations.test.twoheads;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import static dev.migrations.ops.Column.column;

/** Two branches from one revision, never merged. */
@SpringBootApplication
public class TwoHeadsApplication {

    @Migration(revision = "2ead0001", message = "create teams")
    public static class CreateTeams implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("teams", column("id", Types.BIGINT).primaryKey());
        }
    }

    @Migration(revision = "2ead0002", revises = "2ead0001", message = "add team name")
    public static class AddTeamName implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("teams", column("name", Types.varchar(50)));
        }
    }

    @Migration(revision = "2ead0003", revises = "2ead0001", message = "add team size")
    public static class AddTeamSize implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("teams", column("size", Types.INTEGER));
        }
    }
}
