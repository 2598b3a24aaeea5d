package dev.migrations.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error of the library is one of four families and carries its own remedy, naming the revision it is about. */
class ExceptionFamilyTest {

    private static final String REVISION = "ab12cd34";

    /** The errors whose remedy is a command on their revision, so the remedy must name it. */
    private static final List<Class<? extends MigrationException>> ABOUT_ONE_REVISION = List.of(ChecksumMismatchException.class,
            IncompleteMigrationException.class, UnknownRevisionException.class, MigrationFailedException.class,
            IrreversibleMigrationException.class);

    @Test
    void theBaseIsSealedIntoTheFourFamiliesAndTheFailureOfARevision() {
        assertThat(MigrationException.class.getPermittedSubclasses()).containsExactlyInAnyOrder(
                ConfigurationException.class, UsageException.class, DatabaseStateException.class,
                DatabaseAccessException.class, MigrationFailedException.class);
    }

    @ParameterizedTest
    @MethodSource("concreteErrors")
    void eachErrorHasARemedyInASentence(Class<?> type) throws ReflectiveOperationException {
        MigrationException error = (MigrationException) type.getConstructor(String.class, String.class)
                .newInstance(REVISION, "Revision " + REVISION + " is wrong");

        assertThat(error.revision()).isEqualTo(REVISION);
        assertThat(error.remedy()).as(type.getSimpleName() + ".remedy()").isNotBlank().endsWith(".")
                .doesNotContain("null");
        if (ABOUT_ONE_REVISION.contains(type)) {
            assertThat(error.remedy()).as(type.getSimpleName() + ".remedy()").contains(REVISION);
        }
    }

    @Test
    void theFamilyIsFoundWhole() throws IOException, URISyntaxException {
        assertThat(concreteErrors()).hasSizeGreaterThanOrEqualTo(15).containsAll(List.copyOf(ABOUT_ONE_REVISION))
                .contains(ConfigurationException.class, UsageException.class);
    }

    @Test
    void aRemedyAboutNoRevisionInParticularSaysWhereToPutOne() {
        assertThat(new ChecksumMismatchException("Two revisions were edited").remedy())
                .contains("`migrations repair <revision>`");
    }

    static List<Class<?>> concreteErrors() throws IOException, URISyntaxException {
        Path directory = Path.of(MigrationException.class.getResource("MigrationException.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Exception.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
                    .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(MigrationException.class.getPackageName() + "." + simpleName)
                    .asSubclass(MigrationException.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
