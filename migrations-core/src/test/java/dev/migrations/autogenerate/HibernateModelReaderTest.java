package dev.migrations.autogenerate;

import dev.migrations.error.MigrationException;
import dev.migrations.autogenerate.model.RichModel;
import dev.migrations.autogenerate.model.declared.Shipment;
import dev.migrations.autogenerate.model.otherschema.AuditEvent;
import dev.migrations.autogenerate.model.unsupported.Order;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.Types;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;
import dev.migrations.schema.UnsupportedObject;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema read from Hibernate's metadata of the rich test model, built offline for PostgreSQL. */
class HibernateModelReaderTest {

    private static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";

    private static final SchemaModel MODEL = new HibernateModelReader().build(RichModel.POSTGRES, RichModel.settings(POSTGRES));

    @Test
    void readsEveryPhysicalTableNamedByThePhysicalNamingStrategy() {
        assertThat(MODEL.tables().keySet()).containsExactlyInAnyOrder("bank_transfer", "bookmark", "card_payment", "customer",
                "customer_phone", "customer_tag", "enrollment", "grade", "invoice", "listing", "mood_entry", "order_line", "payment",
                "profile", "purchase_order", "receipt", "tag", "type_sampler", "vehicle", "\"user\"");
        assertThat(MODEL.otherSchemas()).extracting(SchemaModel::schema).containsExactly("audit");
    }

    @Test
    void leavesOutTheAbstractRootOfATablePerClassHierarchyAndCopiesItsColumnsIntoEachTable() {
        assertThat(MODEL.table("document")).isEmpty();
        assertThat(columnNames("invoice")).containsExactlyInAnyOrder("id", "issued", "due");
        assertThat(columnNames("receipt")).containsExactlyInAnyOrder("id", "issued", "signed_by");
    }

    @Test
    void putsASingleTableHierarchyInOneTableWithNullableSubclassColumnsAndADiscriminator() {
        assertThat(column("vehicle", "kind")).isEqualTo(ColumnModel.of("kind", Types.varchar(31)).notNull());
        assertThat(column("vehicle", "seats").nullable()).isTrue();
        assertThat(column("vehicle", "payload_tons").type()).isEqualTo(Types.numeric(38, 2));
    }

    @Test
    void givesAJoinedSubclassTableTheRootsKeyAsPrimaryAndForeignKey() {
        TableModel card = table("card_payment");

        assertThat(card.primaryKey()).isEqualTo(new PrimaryKeyModel(null, List.of("id")));
        assertThat(card.foreignKeys()).containsExactly(ForeignKeyModel.of(null, List.of("id"), "payment", List.of()));
        assertThat(column("card_payment", "id").identity()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text         | VARCHAR     | 255  |      |
            amount       | NUMERIC     |      | 38   | 2
            price        | NUMERIC     |      | 12   | 3
            int_value    | INTEGER     |      |      |
            long_value   | BIGINT      |      |      |
            small_count  | SMALLINT    |      |      |
            double_value | DOUBLE      |      |      |
            float_value  | REAL        |      |      |
            flag         | BOOLEAN     |      |      |
            uuid         | UUID        |      |      |
            bytes        | BINARY      |      |      |
            local_date   | DATE        |      |      |
            local_stamp  | TIMESTAMP   |      | 6    |
            offset_stamp | TIMESTAMPTZ |      | 6    |
            instant      | TIMESTAMPTZ |      | 6    |
            priority     | SMALLINT    |      |      |
            """)
    void typesEachColumnAsTheDialectSpellsIt(String column, String kind, Integer length, Integer precision, Integer scale) {
        assertThat(column("type_sampler", column).type()).isEqualTo(
                new ColumnType(dev.migrations.ops.TypeKind.valueOf(kind), length, precision, scale, null, null));
    }

    @Test
    void keepsSpellingsWithoutAPortableTypeAsRawTypes() {
        assertThat(column("type_sampler", "large_bytes").type()).isEqualTo(Types.raw("oid"));
        assertThat(column("type_sampler", "long_text").type()).isEqualTo(Types.raw("oid"));
    }

    @Test
    void readsNullabilityDefaultsAndComments() {
        assertThat(column("type_sampler", "int_value").nullable()).as("primitive").isFalse();
        assertThat(column("type_sampler", "boxed_int").nullable()).isTrue();
        assertThat(column("type_sampler", "state")).isEqualTo(ColumnModel.of("state", Types.varchar(20)).notNull()
                .withDefault("'new'"));
        assertThat(column("type_sampler", "price").comment()).isEqualTo("Exact, three decimals");
        assertThat(column("profile", "nickname").comment()).isEqualTo("Shown to other customers");
        assertThat(table("customer").comment()).isEqualTo("People who buy");
        assertThat(table("profile").comment()).isEqualTo("One per customer");
    }

    @Test
    void marksIdentityColumnsOnlyWhereTheIdIsGeneratedByIdentity() {
        assertThat(column("customer", "id")).isEqualTo(ColumnModel.of("id", Types.BIGINT).asIdentity());
        assertThat(column("payment", "id").identity()).isTrue();
        assertThat(column("tag", "id").identity()).isFalse();
    }

    @Test
    void readsCompositePrimaryKeysOfEmbeddedIdsIdClassesAndCollectionTables() {
        assertThat(table("order_line").primaryKey().columns()).containsExactlyInAnyOrder("line_number", "purchase_order_id");
        assertThat(table("enrollment").primaryKey().columns()).containsExactlyInAnyOrder("student", "course");
        assertThat(table("customer_tag").primaryKey().columns()).containsExactlyInAnyOrder("customer_id", "tag_id");
        assertThat(table("customer_phone").primaryKey().columns()).containsExactlyInAnyOrder("customer_id", "position");
    }

    @Test
    void ordersCompositeKeysAsHibernatesCreateDoesAndForeignKeysToThemAlike() {
        assertThat(table("enrollment").primaryKey().columns()).containsExactly("student", "course");
        assertThat(table("grade").foreignKeys()).containsExactly(
                ForeignKeyModel.of(null, List.of("enrollment_student", "enrollment_course"), "enrollment", List.of()));
    }

    @Test
    void readsForeignKeysToThePrimaryKeyWithoutReferencedColumnsAndWithTheirDeleteAction() {
        assertThat(table("purchase_order").foreignKeys()).containsExactly(
                ForeignKeyModel.of(null, List.of("customer_id"), "customer", List.of()).onDelete(ReferentialAction.CASCADE));
        assertThat(table("customer_tag").foreignKeys()).containsExactlyInAnyOrder(
                ForeignKeyModel.of(null, List.of("customer_id"), "customer", List.of()),
                ForeignKeyModel.of(null, List.of("tag_id"), "tag", List.of()));
    }

    @Test
    void keepsTheNameOfAForeignKeyTheMappingNamesAndDropsHibernatesHashedNames() {
        assertThat(table("order_line").foreignKeys()).extracting(ForeignKeyModel::name).containsExactly("fk_order_line_order");
        assertThat(MODEL.tables().values()).flatExtracting(TableModel::foreignKeys).extracting(ForeignKeyModel::name)
                .filteredOn(name -> name != null).containsExactly("fk_order_line_order");
    }

    @Test
    void readsColumnLevelUniqueKeysThatHibernateKeepsOnTheColumn() {
        assertThat(table("customer").uniqueKeys()).containsExactly(new UniqueKeyModel(null, List.of("email")));
        assertThat(table("profile").uniqueKeys()).as("one-to-one").containsExactly(new UniqueKeyModel(null, List.of("customer_id")));
    }

    @Test
    void readsTableUniqueKeysKeepingTheNamesTheMappingGives() {
        assertThat(table("purchase_order").uniqueKeys()).containsExactlyInAnyOrder(
                new UniqueKeyModel("uq_purchase_order_number", List.of("order_number")),
                new UniqueKeyModel(null, List.of("customer_id", "note")),
                new UniqueKeyModel("ix_purchase_order_reference", List.of("reference")));
    }

    @Test
    void readsIndexesWithTheirNamesAndOrder() {
        assertThat(table("purchase_order").indexes()).containsExactly(new IndexModel("ix_purchase_order_placed",
                List.of(IndexKey.column("placed_at").desc(), IndexKey.column("customer_id")), false, null));
    }

    @Test
    void readsDeclaredChecksAndTheChecksHibernateGeneratesForEnumsDiscriminatorsAndSubclasses() {
        assertThat(table("type_sampler").checks()).containsExactlyInAnyOrder(
                new CheckModel(null, "priority between 0 and 2"),
                new CheckModel("ck_type_sampler_counts", "small_count >= 0"));
        assertThat(table("listing").checks()).as("a column's anonymous checks, as one").containsExactly(
                new CheckModel(null, "(featured or status <> 'ARCHIVED') and (status in ('DRAFT','ACTIVE','ARCHIVED'))"));
        assertThat(column("listing", "status").type()).isEqualTo(Types.varchar(20));
        assertThat(table("vehicle").checks()).containsExactlyInAnyOrder(
                new CheckModel(null, "kind in ('Car','Truck')"),
                new CheckModel(null, "kind <> 'Car' or (seats is not null)"));
        assertThat(table("profile").checks()).containsExactly(new CheckModel("ck_profile_nickname", "char_length(nickname) > 1"));
    }

    @Test
    void readsSequencesWithTheAllocationSizeAsIncrement() {
        assertThat(MODEL.sequence("type_sampler_seq")).contains(new SequenceModel("type_sampler_seq", 1L, 50L));
        assertThat(MODEL.sequence("tag_id_seq")).contains(new SequenceModel("tag_id_seq", 1L, 20L));
        assertThat(MODEL.sequences()).doesNotContainKey("customer_seq");
    }

    @Test
    void readsAPostgresNamedEnumWithTheValuesSortedAsHibernateCreatesThemAndItsTextCasts() {
        assertThat(MODEL.enumTypes().values())
                .containsExactly(new EnumTypeModel("Mood", List.of("CALM", "HAPPY", "SAD"), true));
        assertThat(column("mood_entry", "mood").type()).isEqualTo(Types.enumType("Mood"));
    }

    @Test
    void readsNoNamedEnumOnADatabaseThatEmulatesThem() {
        SchemaModel h2 = new HibernateModelReader().build(RichModel.PORTABLE, RichModel.settings("org.hibernate.dialect.H2Dialect"));

        SchemaModel h2WithEnums = new HibernateModelReader().build(RichModel.POSTGRES, RichModel.settings("org.hibernate.dialect.H2Dialect"));

        assertThat(h2.tables()).hasSize(18);
        assertThat(h2WithEnums.enumTypes()).isEmpty();
        assertThat(h2WithEnums.table("mood_entry").orElseThrow().column("mood").orElseThrow().type().kind())
                .isEqualTo(dev.migrations.ops.TypeKind.RAW);
    }

    @ParameterizedTest
    @CsvSource({"org.hibernate.dialect.PostgreSQLDialect", "org.hibernate.dialect.H2Dialect"})
    void readsTheEnumTypeAColumnNamesByItsDefinitionOrWriteCastWithTheValuesInDeclarationOrder(String dialect) {
        SchemaModel model = new HibernateModelReader().build(List.of(Shipment.class), RichModel.settings(dialect));
        TableModel shipment = model.table("shipment").orElseThrow();

        assertThat(model.enumTypes().values()).containsExactly(
                new EnumTypeModel("shipment_state", List.of("PACKED", "SENT", "DELIVERED")));
        assertThat(shipment.column("state").orElseThrow().type()).isEqualTo(Types.enumType("shipment_state", "PACKED", "SENT", "DELIVERED"));
        assertThat(shipment.column("previous_state").orElseThrow().type()).isEqualTo(Types.enumType("shipment_state", "PACKED", "SENT", "DELIVERED"));
        assertThat(shipment.column("plain_state").orElseThrow().type().kind()).isNotEqualTo(dev.migrations.ops.TypeKind.ENUM);
        assertThat(shipment.checks()).extracting(CheckModel::condition).as("the type allows only its values")
                .noneMatch(condition -> condition.startsWith("state ") || condition.startsWith("previous_state "));
    }

    @Test
    void keepsTheValuesCheckOfAnEnumInAVarcharOnly() {
        SchemaModel model = new HibernateModelReader().build(List.of(Shipment.class), RichModel.settings(POSTGRES));

        assertThat(model.table("shipment").orElseThrow().checks())
                .containsExactly(new CheckModel(null, "plain_state in ('PACKED','SENT','DELIVERED')"));
    }

    @Test
    void readsThePredicateOfAPartialIndexFromTheIndexOptions() {
        SchemaModel model = new HibernateModelReader().build(List.of(Shipment.class), RichModel.settings(POSTGRES));

        assertThat(model.table("shipment").orElseThrow().indexes()).containsExactly(
                IndexModel.on("ix_shipment_undelivered_sent_at", "sent_at").where("not delivered"));
    }

    @Test
    void appliesTheImplicitNamingStrategyItIsGiven() {
        Map<String, Object> settings = new HashMap<>(RichModel.settings(POSTGRES));
        settings.put("hibernate.implicit_naming_strategy", new ImplicitNamingStrategyComponentPathImpl());

        SchemaModel model = new HibernateModelReader().build(RichModel.POSTGRES, settings);

        assertThat(model.table("customer").orElseThrow().column("home_address_city")).isPresent();
    }

    @Test
    void readsTheSameFromMetadataAsFromTheEntitiesOffline() {
        try (EntityMetadata entities = EntityMetadata.build(RichModel.POSTGRES, RichModel.settings(POSTGRES))) {
            assertThat(new HibernateModelReader().read(entities.metadata())).isEqualTo(MODEL);
        }
    }

    @Test
    void refusesToBuildOfflineWithoutADialect() {
        assertThatThrownBy(() -> new HibernateModelReader().build(RichModel.POSTGRES, Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("hibernate.dialect");
    }

    private static TableModel table(String name) {
        return MODEL.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + MODEL.tables().keySet()));
    }

    private static ColumnModel column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    private static List<String> columnNames(String table) {
        return table(table).columns().stream().map(ColumnModel::name).toList();
    }

    @Test
    void whatNoOperationExpressesIsKeptBesideTheModelNamedAsAFilterNamesIt() {
        SchemaModel postgres = new HibernateModelReader().build(List.of(AuditEvent.class, Order.class),
                RichModel.settings(POSTGRES));

        assertThat(postgres.unsupported()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("order.Label");
            assertThat(u.reason()).isEqualTo("Column order.Label has the collation C");
        });
    }

    @Test
    void namesTheMappingQuotesAreKeptExactWhateverTheDatabaseFolds() {
        for (String dialect : List.of(POSTGRES, "org.hibernate.dialect.H2Dialect")) {
            SchemaModel model = new HibernateModelReader().build(List.of(Order.class), RichModel.settings(dialect));

            assertThat(model.tables().keySet()).as(dialect).containsExactly("\"order\"");
            assertThat(model.tables().get("\"order\"").columns()).extracting(ColumnModel::name)
                    .as(dialect).contains("\"Label\"", "price", "quantity");
        }
    }

    @Test
    void readsTheExpressionOfAGeneratedColumn() {
        SchemaModel model = new HibernateModelReader().build(List.of(Order.class), RichModel.settings(POSTGRES));

        assertThat(model.table("order").orElseThrow().column("total").orElseThrow())
                .isEqualTo(ColumnModel.of("total", Types.INTEGER).notNull().generatedAs("price * quantity"));
    }

    @Test
    void readsTheTablesOfAnotherSchemaIntoAModelOfThatSchema() {
        SchemaModel model = new HibernateModelReader().build(List.of(AuditEvent.class, Order.class),
                RichModel.settings(POSTGRES));

        assertThat(model.table("audit_event")).isEmpty();
        assertThat(model.table("order")).isPresent();
        assertThat(model.otherSchemas()).singleElement().satisfies(audit -> {
            assertThat(audit.schema()).isEqualTo("audit");
            assertThat(audit.tables().keySet()).containsExactly("audit_event");
        });
    }
}
