package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.command.Counted;
import dev.migrations.ops.Database;
import dev.migrations.schema.SchemaModel;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and sequences the application's libraries create from schema scripts of their own: Spring Batch,
 * Quartz, Spring Session, Spring Integration, Spring Modulith and Spring Authorization Server at the locations they
 * keep their scripts, and any script a {@code DatabaseInitializationProperties} bean names
 * ({@code spring.batch.jdbc.schema} and the like); and the history tables Flyway and Liquibase keep, which an
 * application that adopted this library from one of them still has until it drops them.
 * Whether the library's initializer runs the script or a migration copied it, no entity maps those tables, so a
 * comparison would drop them: autogenerate and {@code check} leave out the ones no entity maps, and {@code check}
 * says so.
 */
final class LibrarySchemas {

    /**
     * Where each library keeps its scripts: those Spring Boot's initializers run, Spring Modulith's (the event
     * publication registry on JDBC, and its archive) and Spring Authorization Server's (its JDBC services);
     * {@code @@platform@@} names the database.
     */
    private static final List<Script> KNOWN = List.of(
            new Script("Spring Batch's schema", "classpath:org/springframework/batch/core/schema-@@platform@@.sql"),
            new Script("Quartz's schema", "classpath:org/quartz/impl/jdbcjobstore/tables_@@platform@@.sql"),
            new Script("Spring Session's schema", "classpath:org/springframework/session/jdbc/schema-@@platform@@.sql"),
            new Script("Spring Integration's schema",
                    "classpath:org/springframework/integration/jdbc/schema-@@platform@@.sql"),
            new Script("Spring Modulith's event publication schema",
                    "classpath:org/springframework/modulith/events/jdbc/schemas/v2/schema-@@platform@@.sql"),
            new Script("Spring Modulith's event publication schema",
                    "classpath:org/springframework/modulith/events/jdbc/schemas/v2/schema-@@platform@@-archive.sql"),
            new Script("Spring Authorization Server's schema", "classpath:org/springframework/security/oauth2/server/"
                    + "authorization/oauth2-authorization-schema.sql"),
            new Script("Spring Authorization Server's schema", "classpath:org/springframework/security/oauth2/server/"
                    + "authorization/oauth2-authorization-consent-schema.sql"),
            new Script("Spring Authorization Server's schema", "classpath:org/springframework/security/oauth2/server/"
                    + "authorization/client/oauth2-registered-client-schema.sql"));

    /** A library's script, by the name {@code check} gives what it creates and where it is. */
    private record Script(String library, String location) {
    }

    /**
     * The history tables of the migration tools an application moves from: by the Spring Boot property that names
     * each, and its default. Spelled in lower case, as the other names here: the comparison matches them as the
     * database folds them.
     */
    private static final List<HistoryTable> OTHER_TOOLS = List.of(
            new HistoryTable("Flyway's schema history", "spring.flyway.table", "flyway_schema_history"),
            new HistoryTable("Liquibase's change log", "spring.liquibase.database-change-log-table",
                    "databasechangelog"),
            new HistoryTable("Liquibase's change log", "spring.liquibase.database-change-log-lock-table",
                    "databasechangeloglock"));

    private record HistoryTable(String tool, String property, String defaultName) {

        LibrarySchema in(Environment environment) {
            String name = environment.getProperty(property, defaultName);
            return new LibrarySchema(tool, property + "=" + name, Set.of(unquoted(name)), Set.of());
        }
    }

    private static final String PLATFORM = "@@platform@@";

    private static final String PROPERTIES_CLASS =
            "org.springframework.boot.jdbc.init.DatabaseInitializationProperties";

    /** The name a CREATE TABLE or CREATE SEQUENCE statement gives, quoted or qualified as it may be. */
    private static final Pattern CREATE = Pattern.compile(
            "\\bCREATE\\s+(?:(?:GLOBAL|LOCAL|UNLOGGED|CACHED|MEMORY)\\s+)?(TABLE|SEQUENCE)\\s+"
                    + "(?:IF\\s+NOT\\s+EXISTS\\s+)?([\\w.\"`\\[\\]]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /**
     * The names the libraries give each database in their scripts' names, most usual first (Quartz's PostgreSQL
     * script is {@code tables_postgres.sql}, its MariaDB one {@code tables_mysql_innodb.sql}).
     */
    private static final Map<Database, List<String>> PLATFORMS = Map.of(
            Database.POSTGRESQL, List.of("postgresql", "postgres"),
            Database.MARIADB, List.of("mariadb", "mysql", "mysql_innodb"),
            Database.MYSQL, List.of("mysql", "mysql_innodb"),
            Database.H2, List.of("h2"));

    private final ListableBeanFactory beans;
    private final ResourceLoader resources;
    private final Environment environment;
    private final Map<Database, List<LibrarySchema>> schemas = new ConcurrentHashMap<>();

    LibrarySchemas(ListableBeanFactory beans, ResourceLoader resources, Environment environment) {
        this.beans = beans;
        this.resources = resources;
        this.environment = environment;
    }

    /**
     * One library's script for a database, and what it creates.
     *
     * @param library what the script is, as {@code check} names it: "Spring Batch's schema"
     */
    record LibrarySchema(String library, String location, Set<String> tables, Set<String> sequences) {

        /** This schema without the tables and sequences the entity model maps. */
        LibrarySchema unmappedBy(SchemaModel entities) {
            return keeping(name -> entities.table(name).isEmpty(), name -> entities.sequence(name).isEmpty());
        }

        /** What of this schema the database has. */
        LibrarySchema presentIn(SchemaModel database) {
            return keeping(name -> database.table(name).isPresent(), name -> database.sequence(name).isPresent());
        }

        private LibrarySchema keeping(Predicate<String> table, Predicate<String> sequence) {
            return new LibrarySchema(library, location, kept(tables, table), kept(sequences, sequence));
        }

        /** This library's schema with what another of its scripts creates. */
        LibrarySchema and(LibrarySchema other) {
            Set<String> allTables = new TreeSet<>(tables);
            allTables.addAll(other.tables);
            Set<String> allSequences = new TreeSet<>(sequences);
            allSequences.addAll(other.sequences);
            return new LibrarySchema(library, location + ", " + other.location, allTables, allSequences);
        }

        boolean isEmpty() {
            return tables.isEmpty() && sequences.isEmpty();
        }

        /** What {@code check} says it left out. */
        String describe() {
            String what = Counted.of(tables.size(), "table")
                    + (sequences.isEmpty() ? "" : " and " + Counted.of(sequences.size(), "sequence"));
            return "the " + what + " of " + library + " (" + location + "), which no entity maps";
        }

        private static Set<String> kept(Set<String> names, Predicate<String> kept) {
            Set<String> left = new TreeSet<>(names);
            left.removeIf(kept.negate());
            return left;
        }
    }

    /**
     * The libraries' schemas for this database that no entity of this model maps entirely, each with what the model
     * does not map.
     */
    List<LibrarySchema> unmappedBy(SchemaModel entities, Database database) {
        return schemas.computeIfAbsent(database, this::read).stream().map(schema -> schema.unmappedBy(entities))
                .filter(schema -> !schema.isEmpty()).toList();
    }

    /**
     * Each library's scripts for this database, what they create merged into one schema per library; then the other
     * migration tools' history tables.
     */
    private List<LibrarySchema> read(Database database) {
        Map<String, String> locations = new LinkedHashMap<>();
        KNOWN.forEach(script -> locations.put(script.location(), script.library()));
        configured().forEach((location, library) -> locations.putIfAbsent(location, library));
        Map<String, LibrarySchema> byLibrary = new LinkedHashMap<>();
        locations.forEach((location, library) -> scriptFor(location, database).map(script -> read(library, script))
                .filter(schema -> !schema.isEmpty())
                .ifPresent(schema -> byLibrary.merge(library, schema, LibrarySchema::and)));
        OTHER_TOOLS.forEach(table -> byLibrary.merge(table.tool(), table.in(environment), LibrarySchema::and));
        return List.copyOf(byLibrary.values());
    }

    /** The library's script for this database: its location with the first platform name it has a script for. */
    private Optional<String> scriptFor(String location, Database database) {
        List<String> candidates = location.contains(PLATFORM) ? PLATFORMS.get(database).stream()
                .map(platform -> location.replace(PLATFORM, platform)).toList() : List.of(location);
        return candidates.stream().filter(candidate -> resources.getResource(candidate).exists()).findFirst();
    }

    /** The scripts the application's initializer properties name, by location, each named by its property. */
    private Map<String, String> configured() {
        Map<String, String> configured = new LinkedHashMap<>();
        if (!ClassUtils.isPresent(PROPERTIES_CLASS, getClass().getClassLoader())) {
            return configured;
        }
        beans.getBeansOfType(org.springframework.boot.jdbc.init.DatabaseInitializationProperties.class, false, false)
                .forEach((name, properties) -> {
                    ConfigurationProperties prefix = AnnotationUtils.findAnnotation(properties.getClass(),
                            ConfigurationProperties.class);
                    configured.put(properties.getSchema(), "the script of "
                            + (prefix == null ? "bean '" + name + "'" : prefix.prefix() + ".schema"));
                });
        return configured;
    }

    private LibrarySchema read(String library, String script) {
        Set<String> tables = new TreeSet<>();
        Set<String> sequences = new TreeSet<>();
        try {
            String text = resources.getResource(script).getContentAsString(StandardCharsets.UTF_8);
            String sql = COMMENTS.matcher(text).replaceAll(" ");
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                (create.group(1).equalsIgnoreCase("TABLE") ? tables : sequences).add(unquoted(create.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + library + ", " + script, e);
        }
        return new LibrarySchema(library, script, tables, sequences);
    }

    /** The name a script creates, without its schema or quotes, in lower case: {@code "BATCH_JOB"} → batch_job. */
    private static String unquoted(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
