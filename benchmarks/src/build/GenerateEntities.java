import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes the model of the autogenerate workload, run by Maven in generate-sources as a single-file program
 * ({@code java GenerateEntities.java <java-out> 300}): JPA entity classes {@code Entity001 ... Entity300} in package
 * {@code dev.migrations.bench.gen.entities}, three enums they share, and {@code Entities.all()} listing the classes.
 * <p>
 * Each entity has a {@code Long} id (odd numbers IDENTITY, even numbers SEQUENCE with Hibernate's default sequence
 * per entity), {@code name}, {@code createdAt} and 4 to 8 more columns, drawn from a pool of the usual types
 * (strings with a length, Integer, Long, BigDecimal with precision and scale, boolean, LocalDate, Instant,
 * LocalDateTime, UUID, an enum stored by name); an index on {@code name}, and on every second entity a composite
 * one. Every third entity has a unique {@code code}, and every third a {@code @ManyToOne} to an earlier one (with
 * an index on its join column), so that foreign keys exist. The choices come from a {@link Random} seeded with the
 * entity's number: every build writes the same model.
 */
public class GenerateEntities {

    private static final String PACKAGE = "dev.migrations.bench.gen.entities";

    /** A column the pool offers: field name, Java type and its annotations (before the field). */
    record Field(String name, String type, String annotations) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateEntities <java-out> <count, e.g. 300>");
        }
        Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        int count = Integer.parseInt(args[1].strip());
        // The drift of scenario (c) (dev.migrations.bench.autogen.Drift) changes entity060.
        if (count < 60 || count > 999) {
            throw new IllegalArgumentException("count " + count + ": between 60 and 999");
        }
        Files.createDirectories(dir);
        writeEnum(dir, "Status", "ACTIVE", "SUSPENDED", "CLOSED");
        writeEnum(dir, "Priority", "LOW", "MEDIUM", "HIGH", "URGENT");
        writeEnum(dir, "Channel", "WEB", "MOBILE", "PHONE", "STORE", "PARTNER");
        for (int i = 1; i <= count; i++) {
            write(dir.resolve(className(i) + ".java"), entity(i));
        }
        write(dir.resolve("Entities.java"), index(count));
    }

    static String className(int i) {
        return String.format("Entity%03d", i);
    }

    /** Spring Boot's physical naming: Entity001 is table entity001. */
    static String tableName(int i) {
        return String.format("entity%03d", i);
    }

    private static String entity(int i) {
        Random random = new Random(i);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("name", "String", "@Column(nullable = false, length = " + pick(random, 50, 100, 200) + ")"));
        int drawn = 4 + random.nextInt(5);
        if (i % 3 == 1) {
            fields.add(new Field("code", "String", "@Column(unique = true, nullable = false, length = 40)"));
            drawn--;
        }
        List<Field> pool = pool(random);
        Collections.shuffle(pool, random);
        fields.addAll(pool.subList(0, drawn));
        fields.add(new Field("createdAt", "Instant", "@Column(nullable = false)"));

        StringBuilder indexes = new StringBuilder("@Index(name = \"ix_" + tableName(i) + "_name\", columnList = \"name\")");
        if (i % 2 == 0) {
            // A composite index over two of the drawn columns, the second descending.
            indexes.append(",\n        @Index(name = \"ix_").append(tableName(i)).append("_").append(snake(fields.get(1).name()))
                    .append("\", columnList = \"").append(fields.get(1).name()).append(", ").append(fields.get(2).name())
                    .append(" desc\")");
        }
        String parent = "";
        if (i % 3 == 0) {
            int target = 1 + random.nextInt(i - 1);
            parent = """

                        @ManyToOne(fetch = FetchType.LAZY, optional = %s)
                        @JoinColumn(name = "parent_id")
                        private %s parent;
                    """.formatted(random.nextBoolean(), className(target));
            indexes.append(",\n        @Index(name = \"ix_").append(tableName(i)).append("_parent\", columnList = \"parent_id\")");
        }
        String id = i % 2 == 1 ? "@GeneratedValue(strategy = GenerationType.IDENTITY)"
                : "@GeneratedValue(strategy = GenerationType.SEQUENCE)";
        StringBuilder body = new StringBuilder();
        for (Field field : fields) {
            body.append('\n');
            if (!field.annotations().isEmpty()) {
                body.append("    ").append(field.annotations().replace("\n", "\n    ")).append('\n');
            }
            body.append("    private ").append(field.type()).append(' ').append(field.name()).append(";\n");
        }
        return """
                package %1$s;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EnumType;
                import jakarta.persistence.Enumerated;
                import jakarta.persistence.FetchType;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.GenerationType;
                import jakarta.persistence.Id;
                import jakarta.persistence.Index;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;

                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDate;
                import java.time.LocalDateTime;
                import java.util.UUID;

                @Entity
                @Table(indexes = {
                        %2$s})
                @SuppressWarnings("unused")
                public class %3$s {

                    @Id
                    %4$s
                    private Long id;
                %5$s%6$s}
                """.formatted(PACKAGE, indexes, className(i), id, body, parent);
    }

    /** The columns drawn from for each entity. */
    private static List<Field> pool(Random random) {
        return new ArrayList<>(List.of(
                new Field("description", "String", "@Column(length = " + pick(random, 500, 1000, 4000) + ")"),
                new Field("quantity", "Integer", "@Column(nullable = " + random.nextBoolean() + ")"),
                new Field("total", "Long", ""),
                new Field("amount", "BigDecimal", "@Column(precision = " + pick(random, 10, 12, 19) + ", scale = "
                        + pick(random, 2, 4) + ")"),
                new Field("active", "boolean", ""),
                new Field("validFrom", "LocalDate", ""),
                new Field("updatedAt", "LocalDateTime", ""),
                new Field("externalId", "UUID", ""),
                new Field("email", "String", "@Column(length = 320)"),
                new Field("status", "Status", "@Enumerated(EnumType.STRING)\n@Column(length = 20, nullable = false)"),
                new Field("priority", "Priority", "@Enumerated(EnumType.STRING)\n@Column(length = 20)"),
                new Field("channel", "Channel", "@Enumerated(EnumType.STRING)\n@Column(length = 20)")));
    }

    private static int pick(Random random, int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String snake(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void writeEnum(Path dir, String name, String... values) throws IOException {
        write(dir.resolve(name + ".java"), """
                package %s;

                public enum %s {
                    %s
                }
                """.formatted(PACKAGE, name, String.join(", ", values)));
    }

    private static String index(int count) {
        StringBuilder classes = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            classes.append(i == 1 ? "" : ",").append(i % 8 == 1 ? "\n                " : " ")
                    .append(className(i)).append(".class");
        }
        return """
                package %1$s;

                import java.util.List;

                /** The %2$d entity classes of the autogenerate workload, as an application lists them to Hibernate. */
                public final class Entities {

                    public static final int COUNT = %2$d;

                    private Entities() {
                    }

                    public static List<Class<?>> all() {
                        return List.of(%3$s);
                    }
                }
                """.formatted(PACKAGE, count, classes);
    }

    /** Writes only when the content changed, so that a rebuild does not recompile unchanged classes. */
    private static void write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }
}
