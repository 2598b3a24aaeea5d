package dev.migrations.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OperationReversalTest {

    static final CreateTable USERS = new CreateTable(null, "users", List.of(column("id", Types.BIGINT).notNull()),
            List.of(new PrimaryKey("pk_users", List.of("id"))), null);
    static final CreateIndex INDEX = CreateIndex.of("ix_users_email", "users", "email").unique();
    static final ForeignKey FK = ForeignKey.of(List.of("user_id"), "users", List.of("id")).withName("fk_posts_user");

    static Stream<Arguments> reversible() {
        return Stream.of(
                arguments(true, "create table -> drop table carrying its definition", USERS, new DropTable(null, "users", USERS)),
                arguments(true, "drop table with definition -> create it", new DropTable(null, "users", USERS), USERS),
                arguments(true, "rename table -> rename back", new RenameTable(null, "users", "people"),
                        new RenameTable(null, "people", "users")),
                arguments(true, "add column -> drop it carrying its definition",
                        new AddColumn(null, "users", column("age", Types.INTEGER)),
                        new DropColumn(null, "users", "age", column("age", Types.INTEGER))),
                arguments(true, "drop column with definition -> add it",
                        new DropColumn(null, "users", "age", column("age", Types.INTEGER)),
                        new AddColumn(null, "users", column("age", Types.INTEGER))),
                arguments(true, "create index -> drop it", INDEX, new DropIndex(null, "users", "ix_users_email", false, INDEX)),
                arguments(true, "drop index with definition -> create it",
                        new DropIndex(null, "users", "ix_users_email", false, INDEX), INDEX),
                arguments(true, "add constraint -> drop it", new AddConstraint(null, "posts", FK),
                        new DropConstraint(null, "posts", "fk_posts_user", FK)),
                arguments(true, "drop constraint with definition -> add it",
                        new DropConstraint(null, "posts", "fk_posts_user", FK), new AddConstraint(null, "posts", FK)),
                arguments(true, "create schema -> drop it", new CreateSchema("audit"), new DropSchema("audit")),
                arguments(true, "drop schema -> create it", new DropSchema("audit"), new CreateSchema("audit")),
                arguments(true, "create enum -> drop it", new CreateEnumType(null, "mood", List.of("happy", "sad")),
                        new DropEnumType(null, "mood", new CreateEnumType(null, "mood", List.of("happy", "sad")))),
                arguments(true, "create sequence -> drop it", new CreateSequence(null, "seq", 1L, 50L),
                        new DropSequence(null, "seq", new CreateSequence(null, "seq", 1L, 50L))),
                arguments(true, "alter sequence increment -> restore the old one", new AlterSequence(null, "seq", 50L, 1L),
                        new AlterSequence(null, "seq", 1L, 50L)),
                arguments(true, "set table comment with the old one -> restore it",
                        new SetTableComment(null, "users", "people", Optional.of("users")),
                        new SetTableComment(null, "users", "users", Optional.of("people"))),
                arguments(true, "rename column -> rename back", AlterColumn.of("users", "email").rename("email_address"),
                        AlterColumn.of("users", "email_address").rename("email")),
                arguments(false, "type change with existing type -> back, without the USING",
                        AlterColumn.of("users", "age").type(Types.BIGINT).using("age::bigint").existingType(Types.INTEGER),
                        AlterColumn.of("users", "age").type(Types.INTEGER).existingType(Types.BIGINT)),
                arguments(false, "set not null -> drop not null", AlterColumn.of("users", "age").nullable(false),
                        AlterColumn.of("users", "age").nullable(true).existingNullable(false)),
                arguments(true, "new default with existing none -> drop the default",
                        AlterColumn.of("users", "age").serverDefault("0").existingServerDefault(null),
                        AlterColumn.of("users", "age").dropServerDefault().existingServerDefault("0")),
                arguments(true, "autocommit block -> reversed block",
                        new AutocommitBlock(List.of(INDEX, new RenameTable(null, "a", "b"))),
                        new AutocommitBlock(List.of(new RenameTable(null, "b", "a"),
                                new DropIndex(null, "users", "ix_users_email", false, INDEX)))));
    }

    /** @param lossless whether reversing twice gives the operation back (a USING or an unknown old state does not) */
    @ParameterizedTest(name = "{1}")
    @MethodSource("reversible")
    void reversesToTheOperationThatUndoesIt(boolean lossless, String name, Operation operation, Operation expected) {
        assertThat(operation.reverse()).isEqualTo(expected);
        if (lossless) {
            assertThat(expected.reverse()).as("reversing twice gives the operation back").isEqualTo(operation);
        }
    }

    static Stream<Arguments> irreversible() {
        return Stream.of(
                arguments(new DropTable(null, "users", null), "the table's definition is not known"),
                arguments(new DropColumn(null, "users", "age", null), "the column's definition is not known"),
                arguments(new DropIndex(null, "users", "ix", false, null), "the index's definition is not known"),
                arguments(new DropConstraint(null, "users", "ck", null), "the constraint's definition is not known"),
                arguments(new DropEnumType(null, "mood", null), "its values are not known"),
                arguments(new DropSequence(null, "seq", null), "its definition is not known"),
                arguments(new AlterSequence(null, "seq", 50L, null), "the existing increment is not known"),
                arguments(new AddEnumValue(null, "mood", "meh", null, null), "PostgreSQL cannot remove a value"),
                arguments(new Execute("UPDATE users SET a = 1", List.of()), "raw SQL has no known inverse"),
                arguments(BulkInsert.of(null, "roles", List.of(java.util.Map.of("name", "admin"))),
                        "which rows to delete is not known"),
                arguments(BatchedUpdate.of("users", "a = 1"), "the values it overwrote are not known"),
                arguments(AlterColumn.of("users", "age").type(Types.BIGINT), "add .existingType(...)"),
                arguments(AlterColumn.of("users", "age").serverDefault("0"), "add .existingServerDefault(...)"),
                arguments(new SetTableComment(null, "users", "x", null), "the existing comment is not known"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("irreversible")
    void refusesToGuessAndSaysWhatIsMissing(Operation operation, String why) {
        assertThatThrownBy(operation::reverse).isInstanceOf(IrreversibleOperationException.class)
                .hasMessageContaining(why).hasMessageContaining("downgrade()");
    }
}
