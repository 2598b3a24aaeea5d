package dev.migrations.runtime;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.Operations;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.Types;
import dev.migrations.ops.UniqueConstraint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.ReferentialAction.SET_NULL;

/**
 * Migrations that together use every operation and every attribute an operation can carry, each under a name.
 * Their checksums are pinned in {@link ChecksumGoldenTest}: a change to the canonical form shows there first.
 * Only maps with a fixed iteration order appear here, so that the checksums of the first form (which followed
 * the rows' key order) are reproducible too.
 */
final class ChecksumCorpus {

    private ChecksumCorpus() {
    }

    static Map<String, Consumer<Operations>> migrations() {
        Map<String, Consumer<Operations>> corpus = new LinkedHashMap<>();
        corpus.put("create table, every column attribute", op -> op.createTable("users", "people who sign in",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("email", Types.varchar(255)).notNull().unique().comment("where we write"),
                column("status", Types.varchar(20)).serverDefault("'active'").check("status <> ''"),
                column("team_id", Types.INTEGER).references(ColumnReference.to("teams", "id").inSchema("org")
                        .onDelete(CASCADE).onUpdate(SET_NULL)),
                column("balance", Types.numeric(12, 2)),
                column("code", Types.character(3)),
                column("seen_at", Types.timestamptz(3)),
                column("born", Types.timestamp(0)),
                column("photo", Types.binary(64)),
                column("tags", Types.arrayOf(Types.TEXT)),
                column("mood", Types.enumType("mood")),
                column("search", Types.raw("tsvector"))));
        corpus.put("generated column", op -> op.createTable("order_line", column("quantity", Types.INTEGER),
                column("price", Types.INTEGER), column("total", Types.INTEGER).generated("quantity * price")));
        corpus.put("create table, every portable type", op -> op.createTable("types",
                column("a", Types.SMALLINT), column("b", Types.INTEGER), column("c", Types.BIGINT),
                column("d", Types.REAL), column("e", Types.DOUBLE), column("f", Types.BOOLEAN),
                column("g", Types.TEXT), column("h", Types.DATE), column("i", Types.TIME),
                column("j", Types.TIMESTAMP), column("k", Types.TIMESTAMPTZ), column("l", Types.INTERVAL),
                column("m", Types.UUID), column("n", Types.BINARY), column("o", Types.JSON), column("p", Types.JSONB)));
        corpus.put("create table, table constraints", op -> op.inSchema("sales").createTable("orders",
                column("id", Types.BIGINT), column("customer_id", Types.BIGINT), column("total", Types.numeric(10, 2)),
                new PrimaryKey("pk_orders_id", List.of("id")),
                new UniqueConstraint(null, List.of("customer_id", "total")),
                ForeignKey.of(List.of("customer_id"), "customers", List.of("id")).referencedSchema("crm")
                        .onDelete(CASCADE).onUpdate(SET_NULL),
                new CheckConstraint(null, "total >= 0")));
        corpus.put("drop table, unknown and known", op -> {
            op.dropTable("old");
            op.dropTable("older", column("id", Types.BIGINT).primaryKey(), column("name", Types.TEXT));
        });
        corpus.put("rename table, table comments", op -> {
            op.renameTable("people", "persons");
            op.setTableComment("persons", "everyone");
            op.setTableComment("persons", null, "everyone");
            op.setTableComment("persons", "all of them", null);
        });
        corpus.put("add and drop columns", op -> {
            op.addColumn("users", column("nickname", Types.varchar(50)).unique().check("nickname <> ''")
                    .references("nicknames", "name"));
            op.dropColumn("users", "legacy");
            op.dropColumn("users", column("fax", Types.varchar(30)).serverDefault("''"));
        });
        corpus.put("alter column, every attribute", op -> {
            op.alterColumn(AlterColumn.of("users", "age").type(Types.BIGINT).existingType(Types.INTEGER)
                    .using("age::bigint").nullable(false).existingNullable(true));
            op.alterColumn(AlterColumn.of("users", "status").serverDefault("'new'").existingServerDefault(null));
            op.alterColumn(AlterColumn.of("users", "status").dropServerDefault().existingServerDefault("'new'"));
            op.alterColumn(AlterColumn.of("users", "bio").comment("about").existingComment(null));
            op.alterColumn(AlterColumn.of("users", "bio").comment(null).existingComment("about").inSchema("app"));
            op.renameColumn("users", "name", "full_name");
        });
        corpus.put("indexes", op -> {
            op.createIndex("ix_users_email", "users", "email");
            op.createIndex(CreateIndex.of("ix_users_active", "users",
                    List.of(IndexKey.column("team_id"), IndexKey.expression("lower(email)").desc()))
                    .unique().where("active").concurrently());
            op.dropIndex("ix_old", "users");
            op.dropIndex(CreateIndex.of("ix_users_email", "users", "email").concurrently());
        });
        corpus.put("constraints", op -> {
            op.createPrimaryKey("pk_t", "t", "a", "b");
            op.createUniqueConstraint("uq_t_c", "t", "c");
            op.createForeignKey("fk_t_u", "t", "u", List.of("u_id"), List.of("id"));
            op.createForeignKey("t", ForeignKey.of(List.of("v_id"), "v", List.of("id")).onDelete(SET_NULL));
            op.createCheckConstraint("ck_t_a", "t", "a > 0");
            op.addConstraint("t", new UniqueConstraint(null, List.of("d")));
            op.dropConstraint("uq_t_c", "t");
            op.dropConstraint("t", new CheckConstraint("ck_t_a", "a > 0"));
        });
        corpus.put("enum types", op -> {
            op.createEnumType("mood", "sad", "ok", "happy");
            op.addEnumValue("mood", "meh");
            op.addEnumValueAfter("mood", "great", "happy");
            op.addEnumValueBefore("mood", "awful", "sad");
            op.dropEnumType("old_mood");
            op.dropEnumType("older_mood", "a", "b");
        });
        corpus.put("enum type with text casts", op -> {
            op.createEnumType(CreateEnumType.of("feeling", "calm", "tense").withTextCasts());
            op.dropEnumType(CreateEnumType.of("old_feeling", "x").withTextCasts());
        });
        corpus.put("enum column with its values", op -> op.addColumn("users",
                column("mood", Types.enumType("mood", "sad", "happy")).notNull()));
        corpus.put("sequences", op -> {
            op.createSequence("seq_a");
            op.createSequence("seq_b", 100, 50);
            op.alterSequence("seq_b", 10);
            op.alterSequence("seq_b", 20, 10);
            op.dropSequence("seq_c");
            op.dropSequence("seq_d", 1, 1);
        });
        corpus.put("execute with parameters of every kind", op -> op.execute(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", 1, 2L, "two \"quoted\" \\ words", null, true,
                new BigDecimal("12.50"), 3.25, LocalDate.of(2026, 12, 3),
                UUID.fromString("0b0f3c1e-7d2a-4c55-9e21-6a8f1c2d3e4f")));
        corpus.put("execute with binary parameters", op -> op.execute("INSERT INTO blobs VALUES (?)",
                (Object) new byte[] {0, 1, (byte) 0xfe}));
        corpus.put("create table for the rows", op -> op.createTable("roles",
                column("name", Types.varchar(20)).primaryKey(), column("level", Types.INTEGER), column("note", Types.TEXT)));
        corpus.put("bulk insert, ordered rows", op -> {
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("name", "admin");
            first.put("level", 10);
            Map<String, Object> second = new TreeMap<>();
            second.put("name", "guest");
            second.put("note", null);
            op.bulkInsert("roles", List.of(first, second));
        });
        corpus.put("bulk insert, one key", op -> op.bulkInsert("roles",
                List.of(Map.of("name", "admin"), Map.of("name", "user"))));
        corpus.put("batched update, every attribute", op -> {
            op.batchedUpdate(BatchedUpdate.of("users", "full_name = first_name || ' ' || last_name"));
            op.inSchema("app").batchedUpdate(BatchedUpdate.of("users", "x = 1").where("x IS NULL").key("uid")
                    .batchSize(500).commitEachBatch());
        });
        corpus.put("autocommit block", op -> op.autocommit(o -> {
            o.addEnumValue("mood", "ecstatic");
            o.createIndex(CreateIndex.of("ix_c", "users", "created_at").concurrently());
        }));
        corpus.put("reverse of", op -> op.reverseOf(o -> {
            o.createTable("tmp", column("id", Types.BIGINT).primaryKey());
            o.createIndex("ix_tmp", "tmp", "id");
        }));
        corpus.put("schemas", op -> {
            op.createSchema("audit");
            op.dropSchema("staging");
        });
        corpus.put("in schema", op -> op.inSchema("audit").createTable("events", column("id", Types.BIGINT)));
        corpus.put("every operation in a schema", op -> {
            Operations audit = op.inSchema("audit");
            audit.addColumn("events", column("kind", Types.TEXT));
            audit.createUniqueConstraint("uq_events_kind", "events", "kind");
            audit.dropConstraint("uq_events_kind", "events");
            audit.dropColumn("events", "kind");
            audit.createEnumType("level", "low", "high");
            audit.addEnumValue("level", "mid");
            audit.dropEnumType("level");
            audit.createSequence("seq_events");
            audit.alterSequence("seq_events", 5);
            audit.dropSequence("seq_events");
            audit.createIndex("ix_events_id", "events", "id");
            audit.dropIndex("ix_events_id", "events");
            audit.setTableComment("events", "what happened");
            audit.renameTable("events", "happenings");
            audit.bulkInsert("happenings", List.of(Map.of("id", 1)));
            audit.dropTable("happenings");
        });
        corpus.put("operation values run as they are", op -> op.run(new AddColumn(null, "users",
                column("ref", Types.BIGINT).primaryKey().unique().check("ref > 0")
                        .references(ColumnReference.to("refs", "id").inSchema("ext").onDelete(CASCADE).onUpdate(SET_NULL)))));
        corpus.put("connection work", op -> {
            op.execute("SELECT 1");
            op.connection();
        });
        corpus.put("nothing", op -> {
        });
        return corpus;
    }
}
