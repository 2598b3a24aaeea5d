package dev.migrations.autogenerate;

import dev.migrations.autogenerate.model.before.Diary;
import dev.migrations.autogenerate.model.before.Ticket;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.ConstraintNaming;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.Operation;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityChangePostgresTest extends EntityChangeContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    /** H2 has no such check: Hibernate maps the enum to a native ENUM column there. */
    @Test
    void anEnumConstantAddedToAStringEnumReplacesItsCheck() {
        List<Operation> operations = change(List.of(Ticket.class), List.of(dev.migrations.autogenerate.model.enums.Ticket.class));

        assertThat(operations).hasSize(2);
        assertThat(operations.get(0)).isInstanceOfSatisfying(DropConstraint.class, drop ->
                assertThat(((CheckConstraint) drop.definition()).condition()).contains("'HIGH'").doesNotContain("MEDIUM"));
        String condition = "level in ('LOW','MEDIUM','HIGH')";
        assertThat(operations.get(1)).isEqualTo(new AddConstraint(null, "ticket",
                new CheckConstraint(ConstraintNaming.check("ticket", condition), condition)));
    }

    /**
     * PostgreSQL adds the value in place (where Hibernate's sorted order puts it); the written downgrade recreates
     * the type with its old values, the column and its default passing through text.
     */
    @Test
    void anEnumConstantAddedToANamedEnumAddsTheValueAndTheDowngradeRecreatesTheType() {
        ComparisonResult result = changeResult(List.of(Diary.class), List.of(dev.migrations.autogenerate.model.enums.Diary.class));

        assertThat(result.operations()).containsExactly(new AddEnumValue(null, "feeling", "CALM", "HAPPY", null));
        assertThat(steps.live().enumType("feeling").orElseThrow().values()).containsExactly("CALM", "HAPPY", "SAD");
    }
}
