package dev.migrations.autogenerate;

import dev.migrations.Migrations;
import dev.migrations.autogenerate.model.Samples;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Types;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.LiveSchema;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;
import dev.migrations.testing.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autogenerate end to end, from the rich entity model and an empty database: the model is read from Hibernate,
 * compared with the database, rendered as a Java migration, compiled with the JDK's compiler, loaded and applied
 * with {@link Migrations}. The oracles are Hibernate's: its schema validation, its persistence of every entity,
 * and the schema its own {@code create} action makes in a second database.
 */
abstract class EntityRoundTripContract {

    @TempDir
    Path work;

    Autogeneration steps;

    abstract TestDatabase database();

    /** A second database, for Hibernate's own {@code create}. */
    abstract TestDatabase hibernateDatabase();

    abstract String hibernateDialect();

    abstract List<Class<?>> entities();

    /** The type of a {@code @JdbcTypeCode(SqlTypes.JSON)} column on this database. */
    abstract ColumnType jsonType();

    /** The type of a Java array or collection of {@code element}s mapped as one column. */
    ColumnType arrayType(ColumnType element) {
        return Types.arrayOf(element);
    }

    /** How many schemas besides the current one the entities name (the {@code audit} schema). */
    int otherSchemaCount() {
        return 1;
    }

    /** What the migrations run through; the test database's own by default. */
    DataSource runnerDataSource() {
        return database().dataSource();
    }

    @BeforeEach
    void emptyBothDatabases() {
        database().reset();
        hibernateDatabase().reset();
        steps = new Autogeneration(database(), runnerDataSource(), hibernateDialect(), work);
    }

    @Test
    void theGeneratedMigrationBuildsASchemaHibernateValidatesUsesAndWouldHaveCreatedItself() {
        Autogeneration.Generation first = steps.generate(entities(), "CreateSchema");
        assertThat(first.source()).contains("op.createTable(\"customer\", \"People who buy\"")
                .doesNotContain("public void downgrade(");
        steps.upgrade();

        // (a) Hibernate's own validation of the migrated schema passes.
        try (EntityMetadata validated = steps.hibernate(database(), entities(), "validate");
             SessionFactory sessions = validated.metadata().buildSessionFactory()) {
            // (b) every entity persists and reads back.
            Samples.persistAndReadEach(sessions, entities());
        }
        // (c) a second generation finds nothing to do.
        ComparisonResult again = steps.compare(entities());
        assertThat(again.operations()).as("operations of a second generation").isEmpty();
        assertThat(again.hasDifferences()).as("differences: %s", again.allWarnings()).isFalse();
        // (d) the schema is the one Hibernate's create action makes, constraint names aside.
        try (EntityMetadata created = steps.hibernate(hibernateDatabase(), entities(), "create");
             SessionFactory ignored = created.metadata().buildSessionFactory()) {
            SchemaModel migrated = steps.live();
            SchemaModel hibernates = LiveSchema.read(hibernateDatabase().dataSource(), migrated);
            assertSameSchema(withoutConstraintNames(migrated), withoutConstraintNames(hibernates));
            assertThat(migrated.otherSchemas()).extracting(SchemaModel::schema)
                    .as("the other schemas the entities name").hasSize(otherSchemaCount())
                    .allMatch(schema -> schema.equalsIgnoreCase("audit"));
            for (int i = 0; i < otherSchemaCount(); i++) {
                assertSameSchema(withoutConstraintNames(migrated.otherSchemas().get(i)),
                        withoutConstraintNames(hibernates.otherSchemas().get(i)));
            }
        }
    }

    @Test
    void theDerivedDowngradeOfTheWholeModelEmptiesTheDatabaseAgain() {
        steps.generate(entities(), "CreateSchema");
        Migrations migrations = steps.upgrade();

        migrations.downgrade("base");

        SchemaModel left = steps.live();
        assertThat(left.tables()).isEmpty();
        assertThat(left.sequences()).isEmpty();
        assertThat(left.enumTypes()).isEmpty();
        assertThat(left.otherSchemas()).as("schemas the migration created").isEmpty();
    }

    @Test
    void theMigrationKeepsTheNamesTheMappingGivesConstraints() {
        steps.generate(entities(), "CreateSchema");
        steps.upgrade();

        SchemaModel live = steps.live();
        assertThat(table(live, "purchase_order").uniqueKeys()).extracting(UniqueKeyModel::name)
                .anyMatch(name -> name.equalsIgnoreCase("uq_purchase_order_number"));
        assertThat(table(live, "order_line").foreignKeys()).extracting(ForeignKeyModel::name)
                .anyMatch(name -> name.equalsIgnoreCase("fk_order_line_order"));
        assertThat(table(live, "profile").checks()).extracting(CheckModel::name)
                .anyMatch(name -> name.equalsIgnoreCase("ck_profile_nickname"));
        assertThat(table(live, "customer").uniqueKeys()).extracting(UniqueKeyModel::name)
                .anyMatch(name -> name.equalsIgnoreCase("uq_customer_email"));
    }

    /** JSON and arrays get the database's own types, not text or binary that would also round trip. */
    @Test
    void jsonAndArrayColumnsGetTheDatabasesOwnTypes() {
        steps.generate(entities(), "CreateSchema");
        steps.upgrade();

        TableModel bookmark = table(steps.live(), "bookmark");
        assertThat(bookmark.column("attributes").orElseThrow().type()).isEqualTo(jsonType());
        assertThat(bookmark.column("keywords").orElseThrow().type()).isEqualTo(arrayType(Types.varchar(40)));
        assertThat(bookmark.column("ratings").orElseThrow().type()).isEqualTo(arrayType(Types.INTEGER));
    }

    /** Table by table, so that a difference names its table. */
    static void assertSameSchema(SchemaModel actual, SchemaModel expected) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.tables().keySet()).isEqualTo(expected.tables().keySet());
        for (String name : expected.tables().keySet()) {
            softly.assertThat(actual.table(name)).as("table %s", name).isEqualTo(expected.table(name));
        }
        softly.assertThat(actual.sequences()).isEqualTo(expected.sequences());
        softly.assertThat(actual.enumTypes()).isEqualTo(expected.enumTypes());
        softly.assertAll();
    }

    static TableModel table(SchemaModel model, String name) {
        return model.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tables().keySet()));
    }

    /**
     * The model with every constraint name taken out (the database, Hibernate and migrations each name them
     * their own way; indexes keep theirs), lists in a fixed order, and no row estimates.
     */
    static SchemaModel withoutConstraintNames(SchemaModel model) {
        List<TableModel> tables = model.tables().values().stream().map(table -> new TableModel(table.name().toLowerCase(),
                        table.columns().stream().sorted(Comparator.comparing(c -> c.name().toLowerCase())).toList(),
                        table.primaryKey() == null ? null : new PrimaryKeyModel(null, table.primaryKey().columns()),
                        table.uniqueKeys().stream().map(u -> new UniqueKeyModel(null, u.columns()))
                                .sorted(Comparator.comparing(u -> u.columns().toString())).toList(),
                        table.foreignKeys().stream().map(f -> new ForeignKeyModel(null, f.columns(), f.referencedSchema(),
                                        f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()))
                                .sorted(Comparator.comparing(f -> f.columns() + f.referencedTable())).toList(),
                        table.indexes().stream().sorted(Comparator.comparing(IndexModel::name)).toList(),
                        table.checks().stream().map(c -> new CheckModel(null, c.condition()))
                                .sorted(Comparator.comparing(CheckModel::condition)).toList(),
                        table.comment(), TableModel.UNKNOWN_ROWS))
                .sorted(Comparator.comparing(TableModel::name)).toList();
        return SchemaModel.of(model.schema(), tables, model.sequences().values(), model.enumTypes().values());
    }
}
