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
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.TreeSet;
import java.util.function.BiFunction;

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
 * <p>Beside the index it writes {@value MigrationIndex#COMPILED_CLASSES}, the top-level classes this compilation
 * compiled. A class file under the packages that neither lists was made by another compiler (Kotlin, Groovy, Scala)
 * or by a javac run without this processor: the index cannot vouch that it is no migration, and {@link MigrationIndex}
 * looks at it.
 *
 * <p>An incremental build compiles only some classes: the entries of the index already written are kept for the
 * classes this compilation does not see, and an entry whose class file is gone is ignored when the index is read.
 */
@SupportedAnnotationTypes("*")
public final class MigrationIndexProcessor extends AbstractProcessor {

    static final String ANNOTATION = "dev.migrations.Migration";

    /** What Spring AOT puts on each class it generates. */
    static final String AOT_GENERATED = "org.springframework.aot.generate.Generated";

    /** What the Kotlin compiler puts on each class, and kapt on the Java stubs it makes of them for processors. */
    static final String KOTLIN_METADATA = "kotlin.Metadata";

    private final Map<String, IndexedMigration> found = new LinkedHashMap<>();
    private final Set<String> compiled = new TreeSet<>();
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
            handWritten |= !isAnnotatedWith(root, AOT_GENERATED);
            if (root instanceof TypeElement type) {
                compiled.add(processingEnv.getElementUtils().getBinaryName(type).toString());
            }
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
     * or empty where the compiler does not expose sources (a compiler other than javac) or the source is not the
     * class's own (kapt's stub of a Kotlin class, whose methods have no bodies, so that its text would not change
     * with the migration's): those revisions are then verified by loading them, as without an index.
     */
    private String sourceFingerprint(TypeElement type) {
        if (isAnnotatedWith(type, KOTLIN_METADATA)) {
            return "";
        }
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

    private static boolean isAnnotatedWith(Element element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror -> ((TypeElement) mirror.getAnnotationType()
                .asElement()).getQualifiedName().contentEquals(annotation));
    }

    /** What Spring's scan takes for a component: a concrete class, top level or static nested. */
    private static boolean isCandidate(TypeElement type) {
        boolean independent = type.getNestingKind() == NestingKind.TOP_LEVEL
                || (type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC));
        return type.getKind() == ElementKind.CLASS && independent && !type.getModifiers().contains(Modifier.ABSTRACT);
    }

    private void write() {
        Map<String, IndexedMigration> all = new LinkedHashMap<>();
        List<IndexedMigration> earlier = previous(MigrationIndex.RESOURCE, IndexFormat::read, List.of());
        earlier.forEach(m -> all.put(m.className(), m));
        all.putAll(found);
        Set<String> allCompiled = new TreeSet<>(previous(MigrationIndex.COMPILED_CLASSES, IndexFormat::readClasses,
                Set.of()));
        allCompiled.addAll(compiled);
        write(MigrationIndex.RESOURCE, out -> IndexFormat.write(all.values(), out));
        write(MigrationIndex.COMPILED_CLASSES, out -> IndexFormat.writeClasses(allCompiled, out));
    }

    private void write(String resource, IndexWriter content) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource,
                    origins.toArray(Element[]::new));
            try (Writer out = file.openWriter()) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write " + resource + ": "
                    + e.getMessage());
        }
    }

    /** What an earlier (incremental) compilation of this module wrote into {@code resource}, if anything. */
    private <T> T previous(String resource, BiFunction<Reader, String, T> read, T none) {
        try {
            FileObject existing = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", resource);
            try (InputStreamReader in = new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8)) {
                return read.apply(in, existing.toUri().toString());
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // Nothing earlier, or of another format: this compilation's classes are the whole of it.
            return none;
        }
    }

    @FunctionalInterface
    private interface IndexWriter {
        void writeTo(Writer out) throws IOException;
    }
}
