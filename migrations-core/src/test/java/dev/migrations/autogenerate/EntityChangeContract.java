package dev.migrations.autogenerate;

import dev.migrations.Migrations;
import dev.migrations.autogenerate.model.before.Article;
import dev.migrations.autogenerate.model.before.Author;
import dev.migrations.autogenerate.model.before.Book;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.Types;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.LiveSchema;
import dev.migrations.schema.SchemaModel;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities change between two generations: each change produces the expected operations, the upgrade leaves
 * nothing to generate, and the generated (or derived) downgrade restores the schema as it was, names included.
 */
abstract class EntityChangeContract {

    @TempDir
    Path work;

    Autogeneration steps;

    /** The second generation of the last {@link #changeResult}. */
    Autogeneration.Generation lastChange;

    abstract TestDatabase database();

    abstract String hibernateDialect();

    /** What the migrations run through; the test database's own by default. */
    DataSource runnerDataSource() {
        return database().dataSource();
    }

    @BeforeEach
    void startFromAnEmptyDatabase() {
        database().reset();
        steps = new Autogeneration(database(), runnerDataSource(), hibernateDialect(), work);
    }

    @Test
    void anAddedEntityCreatesItsSequenceAndTableWithItsForeignKey() {
        List<Operation> operations = change(List.of(Author.class), List.of(Author.class, Book.class));

        assertThat(operations).hasSize(2);
        assertThat(operations.get(0)).isEqualTo(new CreateSequence(null, "book_seq", 1L, 50L));
        assertThat(operations.get(1)).isInstanceOfSatisfying(CreateTable.class, create -> {
            assertThat(create.name()).isEqualTo("book");
            assertThat(create.constraints()).contains(ForeignKey.of(List.of("author_id"), "author", List.of("id"))
                    .withName("fk_book_author_id_author"));
        });
    }

    @Test
    void aRemovedEntityDropsItsForeignKeysTableAndSequenceWithAWarning() {
        ComparisonResult result = changeResult(List.of(Author.class, Book.class), List.of(Author.class));

        assertThat(result.operations()).extracting(o -> (Class) o.getClass())
                .containsExactly(DropConstraint.class, DropTable.class, DropSequence.class);
        assertThat(result.changes().get(1).warnings()).extracting(ComparisonWarning::kind)
                .containsExactly(ComparisonWarning.Kind.DATA_LOSS);
    }

    /** Hibernate refuses to start while a sequence's increment differs from its generator's allocation size. */
    @Test
    void aChangedAllocationSizeAltersTheSequenceIncrement() {
        List<Operation> operations = change(List.of(Author.class),
                List.of(dev.migrations.autogenerate.model.sequences.Author.class));

        assertThat(operations).containsExactly(new AlterSequence(null, "author_seq", 10L, 50L));
        assertThat(steps.live().sequence("author_seq").orElseThrow().increment()).isEqualTo(10L);
    }

    @Test
    void fieldsAddedRemovedAndChangedAlterTheTable() {
        ComparisonResult result = changeResult(List.of(Author.class, Article.class),
                List.of(Author.class, dev.migrations.autogenerate.model.fields.Article.class));

        assertThat(result.operations()).filteredOn(o -> !(o instanceof DropColumn)).containsExactlyInAnyOrder(
                new AddColumn(null, "article", dev.migrations.ops.Column.column("body", Types.varchar(2000))),
                new AddColumn(null, "article", dev.migrations.ops.Column.column("rating", Types.INTEGER).notNull()
                        .serverDefault("0")),
                AlterColumn.of("article", "title").type(Types.varchar(200)).nullable(false)
                        .existingType(Types.varchar(100)).existingNullable(true).existingServerDefault(null)
                        .existingComment(null));
        // What only the database has is named as the database spells it (H2: upper case).
        assertThat(result.operations()).filteredOn(o -> o instanceof DropColumn).singleElement()
                .isInstanceOfSatisfying(DropColumn.class, drop -> {
                    assertThat(drop.name()).isEqualToIgnoringCase("summary");
                    assertThat(drop.definition().type()).isEqualTo(Types.varchar(255));
                });
        assertThat(result.allWarnings()).extracting(ComparisonWarning::kind).contains(
                ComparisonWarning.Kind.DATA_LOSS, ComparisonWarning.Kind.NOT_NULL_ON_EXISTING_ROWS);
        assertThat(lastChange.source()).containsSubsequence("// WARNING (NOT NULL on existing rows): Makes article.title NOT NULL",
                "op.alterColumn(", "// WARNING (data loss): Drops column article.", "op.dropColumn(");
    }

    @Test
    void aNewIndexUniqueKeyAndForeignKeyAreAdded() {
        List<Operation> operations = change(List.of(Author.class, Article.class),
                List.of(Author.class, dev.migrations.autogenerate.model.keys.Article.class));

        assertThat(operations).containsExactlyInAnyOrder(
                new AddColumn(null, "article", dev.migrations.ops.Column.column("author_id", Types.BIGINT)),
                new AddConstraint(null, "article", new UniqueConstraint("uq_article_summary", List.of("summary"))),
                CreateIndex.of("ix_article_title", "article", "title"),
                new AddConstraint(null, "article", ForeignKey.of(List.of("author_id"), "author", List.of("id"))
                        .withName("fk_article_author_id_author")));
    }

    /**
     * The schema as {@link LiveSchema#canonical}, with check conditions normalized: a check that a downgrade drops
     * and adds back is written as PostgreSQL printed it, and PostgreSQL prints that text back differently
     * ({@code (ARRAY['a'::character varying])::text[]} becomes {@code ARRAY[('a'::character varying)::text]}).
     */
    static SchemaModel comparable(SchemaModel model) {
        SchemaModel canonical = LiveSchema.canonical(model);
        return SchemaModel.of(canonical.schema(), canonical.tables().values().stream()
                        .map(t -> t.withChecks(t.checks().stream()
                                .map(c -> new CheckModel(c.name(), ExpressionNormalizer.normalize(c.condition()))).toList()))
                        .toList(),
                canonical.sequences().values(), canonical.enumTypes().values());
    }

    /** {@link #changeResult}, its operations. */
    List<Operation> change(List<Class<?>> before, List<Class<?>> after) {
        return changeResult(before, after).operations();
    }

    /**
     * Generates and applies the schema of {@code before}, then of {@code after}; checks that nothing is left to
     * generate, that downgrading one revision restores the schema of {@code before} exactly, and that upgrading
     * again works. Returns the second comparison.
     */
    ComparisonResult changeResult(List<Class<?>> before, List<Class<?>> after) {
        steps.generate(before, "Before");
        steps.upgrade();
        SchemaModel original = comparable(steps.live());

        Autogeneration.Generation change = steps.generate(after, "After");
        lastChange = change;
        Migrations migrations = steps.upgrade();

        ComparisonResult left = steps.compare(after);
        assertThat(left.hasDifferences()).as("left after the upgrade: %s %s\nfrom:\n%s", left.operations(),
                left.allWarnings(), change.source()).isFalse();
        migrations.downgrade("-1");
        assertThat(comparable(steps.live())).as("the schema after the downgrade of\n%s", change.source())
                .isEqualTo(original);
        migrations.upgrade("head");
        assertThat(steps.compare(after).hasDifferences()).as("left after upgrading again").isFalse();
        return change.result();
    }
}
