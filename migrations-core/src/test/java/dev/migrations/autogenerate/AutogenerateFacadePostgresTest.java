package dev.migrations.autogenerate;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.Autogenerate;
import dev.migrations.error.DatabaseNotUpToDateException;
import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.autogenerate.model.RichModel;
import dev.migrations.autogenerate.model.renamed.Client;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.Operations;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.Types;
import dev.migrations.schema.LiveSchema;
import dev.migrations.schema.SchemaModel;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Migrations#autogenerate()}: the comparison a command makes, against the database of a set of
 * migrations, and the renames entities state with {@link RenamedFrom}, which keep the rows.
 */
class AutogenerateFacadePostgresTest {

    private static final String DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path work;

    @Migration(revision = "c0ffee01", message = "create customer")
    public static class CreateCustomer implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("customer",
                    column("id", Types.BIGINT).primaryKey(),
                    column("name", Types.varchar(100)).notNull(),
                    column("mail", Types.varchar(255)));
        }
    }

    @Migration(revision = "c0ffee02", revises = "c0ffee01", message = "add note")
    public static class AddNote implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("customer", column("note", Types.TEXT));
        }
    }

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    private static SchemaModel target(Class<?>... entities) {
        return new HibernateModelReader().build(List.of(entities), RichModel.settings(DIALECT));
    }

    @Test
    void refusesADatabaseWithPendingRevisionsNamingWhereItIsAndWhatToRun() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(new CreateCustomer(), new AddNote()).build();
        migrations.upgrade("c0ffee01");
        Autogenerate autogenerate = migrations.autogenerate();

        assertThatThrownBy(() -> autogenerate.compare(target(Client.class), autogenerate.defaultOptions()))
                .isInstanceOf(DatabaseNotUpToDateException.class)
                .hasMessageContaining("it is at c0ffee01, the code's heads are c0ffee02 (1 revision pending)")
                .hasMessageContaining("Run `migrations upgrade` first");
        assertThat(LiveSchema.read(db.dataSource()).table("customer").orElseThrow().column("note")).isEmpty();
    }

    @Test
    void refusesAnEmptyDatabaseWhenTheCodeHasRevisions() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(new CreateCustomer()).build();

        assertThatThrownBy(() -> migrations.autogenerate().requireUpToDate())
                .isInstanceOf(DatabaseNotUpToDateException.class)
                .hasMessageContaining("it is at base (no revision applied)");
    }

    @Test
    void comparesWithoutTheVersionTablesAndFindsNothingWhenTheEntitiesMatch() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(new CreateCustomer()).table("schema_history").build();
        migrations.upgrade();
        db.execute("alter table customer rename to client", "alter table client rename column name to full_name",
                "alter table client rename column mail to email");

        Autogenerate.Comparison comparison = migrations.autogenerate().compare(target(Client.class),
                migrations.autogenerate().defaultOptions());

        assertThat(comparison.live().table("schema_history")).isEmpty();
        assertThat(comparison.live().table("client")).isPresent();
        assertThat(comparison.result().operations()).isEmpty();
        assertThat(comparison.result().warnings()).isEmpty();
    }

    @Test
    void renamedFromOnTheEntityAndItsPropertiesRenamesTheTableAndColumnsKeepingTheRows() throws Exception {
        Migrations first = Migrations.builder(db.dataSource()).migrations(new CreateCustomer()).build();
        first.upgrade();
        db.execute("insert into customer (id, name, mail) values (1, 'Ada', 'ada@example.com')");
        List<Rename> renames;
        try (EntityMetadata metadata = EntityMetadata.build(List.of(Client.class), RichModel.settings(DIALECT))) {
            renames = EntityRenames.of(metadata.metadata());
        }
        assertThat(renames).containsExactlyInAnyOrder(new Rename.Table("customer", "client"),
                new Rename.Column("client", "name", "full_name"), new Rename.Column("client", "mail", "email"));

        Autogenerate autogenerate = first.autogenerate();
        Autogenerate.Comparison comparison = autogenerate.compare(target(Client.class),
                autogenerate.defaultOptions().withRenames(renames));

        assertThat(comparison.result().operations()).containsExactlyInAnyOrder(new RenameTable(null, "customer", "client"),
                AlterColumn.of("client", "name").rename("full_name"), AlterColumn.of("client", "mail").rename("email"));
        Path sources = work.resolve("src");
        GeneratedMigration generated = comparison.migration(MigrationClass.empty("com.example.renamed", "RenameCustomer",
                "c0ffee03", List.of("c0ffee01"), "rename customer"));
        generated.write(sources);
        MigrationScript rename = (MigrationScript) Compiler.compile(sources, work.resolve("classes"))
                .loadClass("com.example.renamed.RenameCustomer").getDeclaredConstructor().newInstance();
        List<MigrationScript> scripts = new ArrayList<>(List.of(new CreateCustomer(), rename));
        Migrations both = Migrations.builder(db.dataSource()).migrations(scripts).build();
        both.upgrade();

        assertThat(rows("select id, full_name, email from client")).containsExactly(Map.of("id", 1L, "full_name", "Ada",
                "email", "ada@example.com"));
        assertThat(both.autogenerate().compare(target(Client.class), both.autogenerate().defaultOptions()
                .withRenames(renames)).result().hasDifferences()).as("the annotation is passed over once applied").isFalse();
        both.downgrade("c0ffee01");
        assertThat(rows("select id, name, mail from customer")).containsExactly(Map.of("id", 1L, "name", "Ada",
                "mail", "ada@example.com"));
    }

    /**
     * Entities in Hibernate's default schema ({@code hibernate.default_schema}), which is neither the migrations'
     * schema nor in the database yet: the migration creates the schema and its tables there, where Hibernate looks.
     */
    @Test
    void entitiesInHibernatesDefaultSchemaAreCreatedInItWithTheSchema() throws Exception {
        Map<String, Object> settings = new java.util.HashMap<>(RichModel.settings(DIALECT));
        settings.put("hibernate.default_schema", "ledger");
        SchemaModel target = new HibernateModelReader().build(List.of(Client.class), settings);
        try {
            Migrations none = Migrations.builder(db.dataSource()).build();
            Autogenerate.Comparison comparison = none.autogenerate().compare(target, none.autogenerate().defaultOptions());

            assertThat(comparison.result().operations()).first().isEqualTo(new CreateSchema("ledger"));
            assertThat(comparison.result().operations()).filteredOn(CreateTable.class::isInstance).singleElement()
                    .satisfies(create -> assertThat(((CreateTable) create).schema()).isEqualTo("ledger"));

            Path sources = work.resolve("src");
            comparison.migration(MigrationClass.empty("com.example.ledger", "CreateLedger", "1ed6e001", List.of(),
                    "create ledger")).write(sources);
            MigrationScript create = (MigrationScript) Compiler.compile(sources, work.resolve("classes"))
                    .loadClass("com.example.ledger.CreateLedger").getDeclaredConstructor().newInstance();
            Migrations migrations = Migrations.builder(db.dataSource()).migrations(create).build();
            migrations.upgrade();

            assertThat(rows("select table_schema from information_schema.tables where table_name = 'client'"))
                    .containsExactly(Map.of("table_schema", "ledger"));
            assertThat(migrations.autogenerate().compare(target, migrations.autogenerate().defaultOptions()).result()
                    .hasDifferences()).as("compared with the schema it was created in").isFalse();
        } finally {
            db.execute("DROP SCHEMA IF EXISTS ledger CASCADE");
        }
    }

    /**
     * {@code migrations.schema} naming the schema the connection is in already (PostgreSQL's currentSchema): the
     * operations name no schema, as the search path puts them there; naming another schema, they are qualified.
     */
    @Test
    void theMigrationsSchemaIsNamedInTheOperationsOnlyWhereTheConnectionIsElsewhere() {
        db.execute("CREATE SCHEMA shop");
        HikariDataSource inShop = new HikariDataSource();
        inShop.setJdbcUrl(db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=shop");
        inShop.setUsername(db.user());
        inShop.setPassword(db.password());
        try (inShop) {
            Migrations ownSchema = Migrations.builder(inShop).schema("shop").build();
            Migrations elsewhere = Migrations.builder(db.dataSource()).schema("shop").build();

            assertThat(createdTableSchemas(ownSchema)).containsOnly("(unqualified)");
            assertThat(createdTableSchemas(elsewhere)).containsOnly("shop");
        } finally {
            db.execute("DROP SCHEMA shop CASCADE");
        }
    }

    private static List<String> createdTableSchemas(Migrations migrations) {
        Autogenerate autogenerate = migrations.autogenerate();
        return autogenerate.compare(target(Client.class), autogenerate.defaultOptions()).result().operations().stream()
                .filter(CreateTable.class::isInstance)
                .map(create -> java.util.Objects.requireNonNullElse(((CreateTable) create).schema(), "(unqualified)"))
                .toList();
    }

    private static List<Map<String, Object>> rows(String sql) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            while (result.next()) {
                var row = new java.util.LinkedHashMap<String, Object>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
