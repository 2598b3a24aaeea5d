package dev.migrations.schema;

import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.Types;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.IntStream;

import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.BINARY;
import static dev.migrations.ops.Types.BOOLEAN;
import static dev.migrations.ops.Types.DATE;
import static dev.migrations.ops.Types.DOUBLE;
import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.JSON;
import static dev.migrations.ops.Types.REAL;
import static dev.migrations.ops.Types.SMALLINT;
import static dev.migrations.ops.Types.TEXT;
import static dev.migrations.ops.Types.UUID;
import static dev.migrations.ops.Types.character;
import static dev.migrations.ops.Types.numeric;
import static dev.migrations.ops.Types.timestamp;
import static dev.migrations.ops.Types.timestamptz;
import static dev.migrations.ops.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

class MariaDbSchemaReaderTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @BeforeEach
    void reset() {
        db.reset();
    }

    private void createShop() {
        db.execute(
                "CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 50",
                """
                CREATE TABLE customer (
                    id BIGINT AUTO_INCREMENT PRIMARY KEY,
                    email VARCHAR(255) NOT NULL COMMENT 'login',
                    name LONGTEXT,
                    balance DECIMAL(12, 2) DEFAULT 0 NOT NULL,
                    created_at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3),
                    active BOOLEAN DEFAULT TRUE,
                    feeling ENUM('happy', 'Sad') DEFAULT 'happy',
                    doc JSON,
                    uid UUID,
                    photo LONGBLOB,
                    code CHAR(3),
                    score DOUBLE,
                    ratio FLOAT,
                    small SMALLINT,
                    seen TIMESTAMP(6) NULL,
                    born DATE,
                    total INT GENERATED ALWAYS AS (small * 2) STORED,
                    CONSTRAINT uq_customer_email UNIQUE (email),
                    CONSTRAINT ck_customer_balance CHECK (balance >= 0)
                ) COMMENT 'people who buy'""",
                """
                CREATE TABLE purchase (
                    id BIGINT PRIMARY KEY,
                    customer_id BIGINT NOT NULL,
                    customer_email VARCHAR(255),
                    total DECIMAL(12, 2),
                    CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
                    CONSTRAINT fk_purchase_email FOREIGN KEY (customer_email) REFERENCES customer (email) ON UPDATE SET NULL
                )""",
                "CREATE INDEX ix_purchase_total ON purchase (total DESC, id)",
                "CREATE TABLE migrations_version (revision VARCHAR(64) PRIMARY KEY)",
                "CREATE TABLE migrations_version_audit (id BIGINT PRIMARY KEY)");
    }

    @Test
    void readsEveryColumnTypeDefaultIdentityGeneratedValueAndComment() {
        createShop();

        TableModel customer = LiveSchema.read(db.dataSource()).table("customer").orElseThrow();

        assertThat(customer.comment()).isEqualTo("people who buy");
        assertThat(customer.columns()).containsExactly(
                ColumnModel.of("id", BIGINT).notNull().asIdentity(),
                ColumnModel.of("email", varchar(255)).notNull().withComment("login"),
                ColumnModel.of("name", TEXT),
                ColumnModel.of("balance", numeric(12, 2)).notNull().withDefault("0.00"),
                ColumnModel.of("created_at", timestamp(3)).withDefault("current_timestamp(3)"),
                ColumnModel.of("active", BOOLEAN).withDefault("1"),
                ColumnModel.of("feeling", Types.raw("ENUM('happy','Sad')")).withDefault("'happy'"),
                ColumnModel.of("doc", JSON),
                ColumnModel.of("uid", UUID),
                ColumnModel.of("photo", BINARY),
                ColumnModel.of("code", character(3)),
                ColumnModel.of("score", DOUBLE),
                ColumnModel.of("ratio", REAL),
                ColumnModel.of("small", SMALLINT),
                ColumnModel.of("seen", timestamptz(6)),
                ColumnModel.of("born", DATE),
                ColumnModel.of("total", INTEGER).generatedAs("`small` * 2"));
    }

    @Test
    void readsKeysChecksAndIndexesButNotTheIndexesTheServerMadeForConstraints() {
        createShop();

        SchemaModel schema = LiveSchema.read(db.dataSource());
        TableModel customer = schema.table("customer").orElseThrow();
        TableModel purchase = schema.table("purchase").orElseThrow();

        assertThat(customer.primaryKey().columns()).containsExactly("id");
        assertThat(customer.uniqueKeys()).containsExactly(new UniqueKeyModel("uq_customer_email", List.of("email")));
        assertThat(customer.checks()).as("the server's own json_valid check of a JSON column is not listed")
                .containsExactly(new CheckModel("ck_customer_balance", "`balance` >= 0"));
        assertThat(customer.indexes()).isEmpty();
        assertThat(purchase.foreignKeys()).containsExactly(
                ForeignKeyModel.of("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE),
                ForeignKeyModel.of("fk_purchase_email", List.of("customer_email"), "customer", List.of("email"))
                        .onUpdate(ReferentialAction.SET_NULL));
        assertThat(purchase.indexes()).containsExactly(new IndexModel("ix_purchase_total",
                List.of(IndexKey.column("total").desc(), IndexKey.column("id")), false, null));
    }

    @Test
    void readsSequencesAndLeavesOutTheLibrarysOwnTables() {
        createShop();

        SchemaModel schema = LiveSchema.read(db.dataSource());

        assertThat(schema.sequences().values()).containsExactly(new SequenceModel("order_seq", 100L, 50L));
        assertThat(schema.tables().keySet()).containsExactly("customer", "purchase");
    }

    /** Bulk reading: the number of queries grows neither with the tables nor with the sequences. */
    @Test
    void readsTwoHundredTablesAndSequencesWithTheSameFewQueriesAsOne() {
        db.execute(objects(1));
        int one = CountedRead.of(db.dataSource()).queries();
        db.reset();
        db.execute(objects(200));

        CountedRead twoHundred = CountedRead.of(db.dataSource());

        assertThat(twoHundred.model().tables()).hasSize(200);
        assertThat(twoHundred.model().sequences()).hasSize(200);
        assertThat(twoHundred.queries()).isEqualTo(one).isEqualTo(10);
    }

    private static String[] objects(int count) {
        return IntStream.rangeClosed(1, count).boxed().flatMap(i -> java.util.stream.Stream.of(
                "CREATE TABLE t" + i + " (id BIGINT PRIMARY KEY, parent_id BIGINT REFERENCES t1 (id), name VARCHAR(20))",
                "CREATE SEQUENCE s" + i)).toArray(String[]::new);
    }
}
