package dev.migrations.autogenerate;

import dev.migrations.error.UsageException;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.migrations.error.MigrationException;
import dev.migrations.ops.Operation;
import dev.migrations.ops.Operations;

import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link MigrationClass} as the Java source of a migration class, with JavaPoet: the
 * {@code @Migration} annotation, {@code upgrade(Operations op)} and, when it has operations,
 * {@code downgrade(Operations op)}. The source compiles as written.
 *
 * <pre>{@code
 * MigrationClass migration = MigrationClass.empty("com.example.migrations", "AddUserPhone",
 *         RevisionIds.generate(), List.of("e5e5e5e5"), "add user phone");
 * Path file = new MigrationSourceRenderer().write(migration, Path.of("src/main/java"));
 * }</pre>
 */
public final class MigrationSourceRenderer {

    /** The name of the {@link Operations} parameter of {@code upgrade} and {@code downgrade}. */
    public static final String OP = "op";

    /** How many operations one method holds before the body is split into parts. */
    static final int OPERATIONS_PER_METHOD = 50;

    private static final String INDENT = "    ";
    // Named, not taken from the classes: the API sits above this layer.
    private static final ClassName MIGRATION = ClassName.get("dev.migrations", "Migration");
    private static final ClassName MIGRATION_SCRIPT = ClassName.get("dev.migrations", "MigrationScript");
    private static final ClassName OPERATIONS = ClassName.get(Operations.class);

    private final OperationRenderer operations;

    /** A renderer of classes whose methods hold no operations yet: the user writes them. */
    public MigrationSourceRenderer() {
        this(null);
    }

    /** A renderer of classes whose methods hold operations, each rendered by {@code operations}. */
    public MigrationSourceRenderer(OperationRenderer operations) {
        this.operations = operations;
    }

    /** The source of the class. */
    public String render(MigrationClass migration) {
        return javaFile(migration).toString();
    }

    /** Where the class's source goes under {@code sourceRoot}: its package's directory, then {@code Name.java}. */
    public static Path pathOf(MigrationClass migration, Path sourceRoot) {
        Path directory = migration.packageName().isEmpty() ? sourceRoot
                : sourceRoot.resolve(migration.packageName().replace('.', '/'));
        return directory.resolve(migration.className() + ".java");
    }

    /**
     * Writes the source under {@code sourceRoot}, creating the package's directories, and returns the file.
     * An existing file is never overwritten.
     *
     * @throws MigrationException when a file of that name exists, naming it, or the file cannot be written
     */
    public Path write(MigrationClass migration, Path sourceRoot) {
        String source = render(migration);
        Path file = pathOf(migration, sourceRoot);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(migration.revision(), "Cannot write migration class "
                    + migration.qualifiedName() + ": " + file.toAbsolutePath() + " already exists. The class name "
                    + "comes from the message: choose another message, or move the existing file away.", e);
        } catch (IOException e) {
            throw new UsageException(migration.revision(), "Cannot write migration class "
                    + migration.qualifiedName() + " to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(migration.revision(), "Cannot write migration class "
                    + migration.qualifiedName() + " to " + file.toAbsolutePath() + ": " + e.getCause().getMessage(), e);
        }
    }

    private JavaFile javaFile(MigrationClass migration) {
        TypeSpec.Builder type = TypeSpec.classBuilder(migration.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc(migration))
                .addAnnotation(annotation(migration))
                .addSuperinterface(MIGRATION_SCRIPT)
                .addMethod(upgrade(migration));
        if (!migration.downgrade().isEmpty()) {
            type.addMethod(method("downgrade", migration.downgrade()).build());
        }
        type.addMethods(parts("upgrade", migration.upgrade()));
        type.addMethods(parts("downgrade", migration.downgrade()));
        return JavaFile.builder(migration.packageName(), type.build())
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
    }

    private static CodeBlock javadoc(MigrationClass migration) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add("$L\n", migration.message().isBlank() ? "Revision " + migration.revision() + "."
                : javadocText(migration.message()));
        if (migration.createdAt() != null) {
            doc.add("\n<p>Created $L.\n",
                    DateTimeFormatter.ISO_INSTANT.format(migration.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        }
        return doc.build();
    }

    private static AnnotationSpec annotation(MigrationClass migration) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(MIGRATION)
                .addMember("revision", "$S", migration.revision());
        migration.revises().forEach(id -> annotation.addMember("revises", "$S", id));
        if (!migration.message().isEmpty()) {
            annotation.addMember("message", "$S", migration.message());
        }
        migration.dependsOn().forEach(id -> annotation.addMember("dependsOn", "$S", id));
        migration.branchLabels().forEach(label -> annotation.addMember("branchLabels", "$S", label));
        return annotation.build();
    }

    private MethodSpec upgrade(MigrationClass migration) {
        MethodSpec.Builder upgrade = method("upgrade", migration.upgrade());
        if (migration.upgrade().isEmpty()) {
            guidance(migration).forEach(line -> upgrade.addComment("$L", line));
        }
        return upgrade.build();
    }

    private MethodSpec.Builder method(String name, List<Operation> body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(void.class)
                .addParameter(OPERATIONS, OP);
        if (body.size() <= OPERATIONS_PER_METHOD) {
            body.forEach(operation -> method.addCode(render(operation)));
            return method;
        }
        for (int part = 0; part * OPERATIONS_PER_METHOD < body.size(); part++) {
            method.addStatement("$L$L($L)", name, part + 1, OP);
        }
        return method;
    }

    /**
     * The private methods a long body is split into ({@code upgrade1(op)}, {@code upgrade2(op)}, ...): a method's
     * bytecode may not exceed 64 KiB, which a first migration of a few hundred entities would.
     */
    private List<MethodSpec> parts(String name, List<Operation> body) {
        if (body.size() <= OPERATIONS_PER_METHOD) {
            return List.of();
        }
        List<MethodSpec> parts = new ArrayList<>();
        for (int from = 0; from < body.size(); from += OPERATIONS_PER_METHOD) {
            MethodSpec.Builder part = MethodSpec.methodBuilder(name + (from / OPERATIONS_PER_METHOD + 1))
                    .addModifiers(Modifier.PRIVATE)
                    .returns(void.class)
                    .addParameter(OPERATIONS, OP);
            body.subList(from, Math.min(from + OPERATIONS_PER_METHOD, body.size()))
                    .forEach(operation -> part.addCode(render(operation)));
            parts.add(part.build());
        }
        return parts;
    }

    private CodeBlock render(Operation operation) {
        if (operations == null) {
            throw new IllegalArgumentException("This renderer has no OperationRenderer, so it renders empty "
                    + "migration bodies only; build it with new MigrationSourceRenderer(operationRenderer) to "
                    + "render " + operation.getClass().getSimpleName() + ".");
        }
        return operations.render(operation);
    }

    /** What the user writes in the empty upgrade() of a new revision. */
    private static List<String> guidance(MigrationClass migration) {
        if (migration.isMerge()) {
            return List.of(
                    "This revision merges " + String.join(", ", migration.revises()) + " into one line of history.",
                    "A merge usually changes nothing. Write operations here only to reconcile the branches, and",
                    "they are reversed on downgrade.");
        }
        return List.of(
                "Describe this revision's schema changes with op, for example:",
                "  op.addColumn(\"users\", Column.column(\"phone\", Types.varchar(20)));",
                "  op.createIndex(\"ix_users_phone\", \"users\", \"phone\");",
                "The downgrade is derived by reversing them. When upgrade() holds an operation that cannot be",
                "reversed, such as op.execute(...), also override downgrade(Operations op).");
    }

    /** The message as Javadoc text: it must not end the comment, start a tag, or hold a unicode escape. */
    private static String javadocText(String message) {
        return message.replace("\\", "\\\\")
                .replace("*/", "*&#47;")
                .replace("@", "{@literal @}")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
