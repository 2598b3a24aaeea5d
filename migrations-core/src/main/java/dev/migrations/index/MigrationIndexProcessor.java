package dev.migrations.index;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@value MigrationIndex#RESOURCE} for each compiled module: every concrete, top-level or static nested class
 * annotated {@code @Migration} (the classes a class-path scan would find), with what its annotation says and a
 * fingerprint of its source file. javac runs it from the core's jar on JDK 17 to 22; JDK 23 and later run processors
 * only when the build asks ({@code -proc:full}, or the processor path), as docs/discovery.md shows.
 *
 * <p>The annotation is read by name, through the compiler's model, so that the index depends on nothing else of this
 * library and the facade can read it.
 *
 * <p>A module without migrations gets an index too, an empty one: it says that the processor ran, so that the
 * module's jar (the application's own, when its migrations live in a module of their own) needs no scan. That is why
 * the processor asks for every compilation ({@code *}), not only those with the annotation; it claims nothing.
 *
 * <p>A compilation of code Spring AOT generated, and nothing else, writes no index: Spring compiles that code in a
 * javac run of its own, into a directory it then copies over the application's classes, where an index of that run
 * would replace the application's with an empty one.
 *
 * <p>An incremental build compiles only some classes: the entries of the index already written are kept for the
 * classes this compilation does not see, and an entry whose class file is gone is ignored when the index is read.
 */
@SupportedAnnotationTypes("*")
public final class MigrationIndexProcessor extends AbstractProcessor {

    static final String ANNOTATION = "dev.migrations.Migration";

    /** What Spring AOT puts on each class it generates. */
    static final String AOT_GENERATED = "org.springframework.aot.generate.Generated";

    private final Map<String, IndexedMigration> found = new LinkedHashMap<>();
    private final List<Element> origins = new ArrayList<>();
    private boolean handWritten;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type && isCandidate(type)) {
                    String name = processingEnv.getElementUtils().getBinaryName(type).toString();
                    found.put(name, entry(name, type, annotation));
                    origins.add(type);
                }
            }
        }
        for (Element root : round.getRootElements()) {
            handWritten |= !isAotGenerated(root);
        }
        if (round.processingOver() && (handWritten || !found.isEmpty())) {
            write();
        }
        return false;
    }

    private IndexedMigration entry(String name, TypeElement type, TypeElement annotation) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().equals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
                        : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
                    values.put(value.getKey().getSimpleName().toString(), value.getValue().getValue());
                }
            }
        }
        return new IndexedMigration(name, (String) values.get("revision"), strings(values.get("revises")),
                strings(values.get("dependsOn")), strings(values.get("branchLabels")), (String) values.get("message"),
                (Boolean) values.get("transactional"), (String) values.get("lockTimeout"),
                (String) values.get("statementTimeout"), sourceFingerprint(type));
    }

    /** An array value of the model: a list of annotation values, each holding a string. */
    private static List<String> strings(Object arrayValue) {
        List<String> strings = new ArrayList<>();
        for (Object value : (List<?>) arrayValue) {
            strings.add((String) ((AnnotationValue) value).getValue());
        }
        return strings;
    }

    /**
     * A SHA-256 of the class's source file, line endings made equal (a checkout on Windows must match one on Linux),
     * or empty where the compiler does not expose sources (a compiler other than javac): those revisions are then
     * verified by loading them, as without an index.
     */
    private String sourceFingerprint(TypeElement type) {
        try {
            TreePath path = Trees.instance(processingEnv).getPath(type);
            if (path == null) {
                return "";
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            String source = unit.getSourceFile().getCharContent(true).toString().replace("\r\n", "\n");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (IOException | NoSuchAlgorithmException | IllegalArgumentException | LinkageError e) {
            return "";
        }
    }

    private static boolean isAotGenerated(Element element) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror -> ((TypeElement) mirror.getAnnotationType()
                .asElement()).getQualifiedName().contentEquals(AOT_GENERATED));
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
