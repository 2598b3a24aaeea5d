package dev.migrations.ops;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationsTest {

    @Test
    void inlineColumnConstraintsBecomeNamedTableConstraints() {
        List<Operation> recorded = RecordingSink.record(Database.POSTGRESQL, op -> op.createTable("posts",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("user_id", Types.BIGINT).notNull().references(ColumnReference.to("users", "id")
                        .onDelete(ReferentialAction.CASCADE)),
                column("slug", Types.varchar(80)).unique(),
                column("score", Types.INTEGER).check("score >= 0")));

        CreateTable table = (CreateTable) recorded.get(0);
        assertThat(table.columns()).allSatisfy(c -> {
            assertThat(c.isUnique()).isFalse();
            assertThat(c.references()).isNull();
            assertThat(c.check()).isNull();
        });
        assertThat(table.columns().get(0).isIdentity()).isTrue();
        assertThat(table.constraints()).containsExactly(
                new PrimaryKey("pk_posts", List.of("id")),
                new ForeignKey("fk_posts_user_id_users", List.of("user_id"), null, "users", List.of("id"),
                        ReferentialAction.CASCADE, null),
                new UniqueConstraint("uq_posts_slug", List.of("slug")),
                new CheckConstraint(ConstraintNaming.check("posts", "score >= 0"), "score >= 0"));
    }

    @Test
    void addColumnWithInlineReferenceAddsItsConstraintAfterTheColumn() {
        List<Operation> recorded = RecordingSink.record(Database.POSTGRESQL, op -> op.addColumn("users",
                column("team_id", Types.BIGINT).references("teams", "id")));

        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).isInstanceOf(AddColumn.class);
        assertThat(((AddConstraint) recorded.get(1)).constraint().name()).isEqualTo("fk_users_team_id_teams");
    }

    @Test
    void derivedDowngradeDropsTablesWithoutDroppingTheirIndexesFirst() {
        List<Operation> downgrade = RecordingSink.record(Database.POSTGRESQL, op -> op.reverseOf(up -> {
            up.createTable("prefs", column("id", Types.BIGINT).primaryKey(), column("user_id", Types.BIGINT));
            up.createIndex("ix_prefs_user_id", "prefs", "user_id");
            up.addColumn("users", column("nickname", Types.TEXT));
            up.createIndex("ix_users_nickname", "users", "nickname");
        }));

        assertThat(downgrade).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("DropIndex", "DropColumn", "DropTable");
        assertThat(((DropIndex) downgrade.get(0)).name()).isEqualTo("ix_users_nickname");
    }

    @Test
    void derivedDowngradeKeepsForeignKeysBetweenDroppedTablesSoCyclesCanBeDropped() {
        List<Operation> downgrade = RecordingSink.record(Database.POSTGRESQL, op -> op.reverseOf(up -> {
            up.createTable("author", column("id", Types.BIGINT).primaryKey(), column("favourite_book_id", Types.BIGINT));
            up.createTable("book", column("id", Types.BIGINT).primaryKey(),
                    column("author_id", Types.BIGINT).references("author", "id"));
            up.createForeignKey("fk_author_favourite_book", "author", "book", List.of("favourite_book_id"), List.of("id"));
        }));

        assertThat(downgrade).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("DropConstraint", "DropTable", "DropTable");
        assertThat(((DropConstraint) downgrade.get(0)).name()).isEqualTo("fk_author_favourite_book");
    }

    @Test
    void derivedDowngradeFailsOnTheFirstIrreversibleOperation() {
        assertThatThrownBy(() -> RecordingSink.record(Database.POSTGRESQL, op -> op.reverseOf(up -> {
            up.createTable("t", column("id", Types.INTEGER));
            up.execute("INSERT INTO t VALUES (1)");
        }))).isInstanceOf(IrreversibleOperationException.class).hasMessageContaining("INSERT INTO t VALUES (1)");
    }

    @Test
    void inSchemaQualifiesEveryOperationBuiltThroughTheFacade() {
        List<Operation> recorded = RecordingSink.record(Database.POSTGRESQL, op -> {
            Operations reporting = op.inSchema("reporting");
            reporting.createTable("daily", column("day", Types.DATE));
            reporting.createIndex("ix_daily_day", "daily", "day");
            reporting.alterColumn(AlterColumn.of("daily", "day").nullable(false));
            reporting.batchedUpdate(BatchedUpdate.of("daily", "day = day"));
        });
        assertThat(recorded).extracting(o -> ((Object) o)).allSatisfy(o ->
                assertThat(o.toString()).contains("schema=reporting"));
    }

    @Test
    void offlineRecordingRefusesLiveConnectionsWithAnExplanation() {
        assertThatThrownBy(() -> RecordingSink.record(Database.POSTGRESQL, Operations::connection))
                .isInstanceOf(dev.migrations.error.OfflineModeException.class)
                .hasMessageContaining("op.execute(...)");
    }

    @Test
    void longConstraintNamesAreShortenedToFitPostgresKeepingThemDistinct() {
        String a = ConstraintNaming.foreignKey("a_rather_long_table_name_for_orders", List.of("customer_account_id"),
                "customer_accounts_of_the_company_one");
        String b = ConstraintNaming.foreignKey("a_rather_long_table_name_for_orders", List.of("customer_account_id"),
                "customer_accounts_of_the_company_two");
        assertThat(a).hasSizeLessThanOrEqualTo(63).startsWith("fk_a_rather_long_table_name");
        assertThat(b).hasSizeLessThanOrEqualTo(63).isNotEqualTo(a);
    }
}
