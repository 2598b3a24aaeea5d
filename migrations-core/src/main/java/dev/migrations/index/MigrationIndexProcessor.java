package dev.migrations.index;

import dev.migrations.Migration;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@value MigrationIndex#RESOURCE} for each compiled module: every concrete, top-level or static nested class
 * annotated {@code @Migration} (the classes a class-path scan would find), with what its annotation says. javac runs
 * it from the core's jar on JDK 17 to 22; JDK 23 and later run processors only when the build asks
 * ({@code -proc:full}, or the processor path), as docs/discovery.md shows.
 *
 * <p>An incremental build compiles only some classes: the entries of the index already written are kept for the
 * classes this compilation does not see, and an entry whose class file is gone is ignored when the index is read.
 */
@SupportedAnnotationTypes("dev.migrations.Migration")
public final class MigrationIndexProcessor extends AbstractProcessor {

    private final Map<String, IndexedMigration> found = new LinkedHashMap<>();
    private final List<Element> origins = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(Migration.class)) {
            if (element instanceof TypeElement type && isCandidate(type)) {
                Migration m = type.getAnnotation(Migration.class);
                String name = processingEnv.getElementUtils().getBinaryName(type).toString();
                found.put(name, new IndexedMigration(name, m.revision(), Arrays.asList(m.revises()),
                        Arrays.asList(m.dependsOn()), Arrays.asList(m.branchLabels()), m.message(), m.transactional(),
                        m.lockTimeout(), m.statementTimeout()));
                origins.add(type);
            }
        }
        if (round.processingOver() && !found.isEmpty()) {
            write();
        }
        return false;
    }

    /** What Spring's scan takes for a component: a concrete class, top level or static nested. */
    private static boolean isCandidate(TypeElement type) {
        boolean independent = type.getNestingKind() == NestingKind.TOP_LEVEL
                || (type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC));
        return type.getKind() == ElementKind.CLASS && independent && !type.getModifiers().contains(Modifier.ABSTRACT);
    }

    private void write() {
        Map<String, IndexedMigration> all = new LinkedHashMap<>();
        previous().forEach(m -> all.put(m.className(), m));
        all.putAll(found);
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    MigrationIndex.RESOURCE, origins.toArray(Element[]::new));
            try (Writer out = file.openWriter()) {
                IndexFormat.write(all.values(), out);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write "
                    + MigrationIndex.RESOURCE + ": " + e.getMessage());
        }
    }

    /** The index an earlier (incremental) compilation of this module wrote, if any. */
    private List<IndexedMigration> previous() {
        try {
            FileObject existing = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
                    MigrationIndex.RESOURCE);
            try (InputStreamReader in = new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8)) {
                return IndexFormat.read(in, existing.toUri().toString());
            }
        } catch (IOException | IllegalStateException none) {
            // No earlier index, or one of another format: this compilation's classes are the whole index.
            return List.of();
        }
    }
}
