package dev.migrations.runtime;

import dev.migrations.ops.Database;
import dev.migrations.ops.Operation;
import dev.migrations.ops.Operations;
import dev.migrations.ops.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checksum of every migration of {@link ChecksumCorpus}, pinned: in the current form, and in the first form
 * (the values the release before versioned forms computed for the same migrations). A change to either form fails
 * here before it can refuse the restart of a deployed service.
 */
class ChecksumGoldenTest {

    static Stream<Arguments> pinned() {
        return Stream.of(
                Arguments.of("create table, every column attribute", "2:4a8c7e2a", "679e872b"),
                Arguments.of("generated column", "2:498eead2", null),
                Arguments.of("create table, every portable type", "2:29f0566f", "43ebe792"),
                Arguments.of("create table, table constraints", "2:0c633c1c", "f4d511d0"),
                Arguments.of("drop table, unknown and known", "2:ba156883", "77208ca8"),
                Arguments.of("rename table, table comments", "2:2dede167", "8334d5f8"),
                Arguments.of("add and drop columns", "2:fa87ac65", "d422d232"),
                Arguments.of("alter column, every attribute", "2:5ac91113", "62b162e2"),
                Arguments.of("indexes", "2:3437080e", "1ddb2dfd"),
                Arguments.of("constraints", "2:af4cc570", "f16dfc92"),
                Arguments.of("enum types", "2:30fb90be", "b55c2b60"),
                Arguments.of("enum type with text casts", "2:ecaf045e", null),
                Arguments.of("enum column with its values", "2:7533acc3", null),
                Arguments.of("sequences", "2:81eb1aec", "e059e220"),
                Arguments.of("execute with parameters of every kind", "2:373d8343", "d4bacaee"),
                Arguments.of("execute with binary parameters", "2:1e26267b", "75edc59a"),
                Arguments.of("create table for the rows", "2:878c1c61", "52028be9"),
                Arguments.of("bulk insert, ordered rows", "2:ccc60358", "e4bff02d"),
                Arguments.of("bulk insert, one key", "2:040d9302", "351e6d9c"),
                Arguments.of("batched update, every attribute", "2:e681895a", "1f32e266"),
                Arguments.of("autocommit block", "2:76d67e24", "c07baa85"),
                Arguments.of("reverse of", "2:a357642f", "6273e16b"),
                Arguments.of("schemas", "2:56a73b6b", null),
                Arguments.of("in schema", "2:2967759d", "10b84adc"),
                Arguments.of("every operation in a schema", "2:215a2409", "e5dc0639"),
                Arguments.of("operation values run as they are", "2:624dd74b", "1a85fefa"),
                Arguments.of("connection work", "2:62508a48", "0cb7c454"),
                Arguments.of("nothing", "2:00000000", "00000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void everyMigrationOfTheCorpusHasItsPinnedChecksum(String name, String current, String first) {
        assertThat(Checksums.of(body(name))).isEqualTo(current);
    }

    /** The migrations the release before versioned forms could express (the others use newer attributes). */
    static Stream<Arguments> pinnedInTheFirstForm() {
        return pinned().filter(arguments -> arguments.get()[2] != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinnedInTheFirstForm")
    void checksumsRecordedByTheReleaseBeforeVersionedFormsAreAccepted(String name, String current, String first) {
        Consumer<Operations> body = body(name);
        assertThat(Checksums.isFirstForm(first)).isTrue();
        assertThat(Checksums.matches(first, Checksums.of(body), body)).isTrue();
    }

    @Test
    void aFirstFormChecksumOfOtherCodeIsStillAnEdit() {
        Consumer<Operations> body = body("indexes");
        assertThat(Checksums.matches("f16dfc92", Checksums.of(body), body)).isFalse();
        assertThat(Checksums.matches("2:af4cc570", Checksums.of(body), body)).isFalse();
    }

    @Test
    void everyPinnedMigrationIsInTheCorpusAndEveryCorpusMigrationIsPinned() {
        assertThat(pinned().map(a -> (String) a.get()[0]).toList())
                .containsExactlyElementsOf(ChecksumCorpus.migrations().keySet());
    }

    @Test
    void theCorpusUsesEveryOperation() {
        Set<String> used = new TreeSet<>();
        operationsOfTheCorpus().forEach(op -> collect(op, used, false));
        Set<String> all = new TreeSet<>();
        Arrays.stream(Operation.class.getPermittedSubclasses()).forEach(c -> all.add(c.getSimpleName()));
        assertThat(used).containsAll(all);
    }

    /** Every component of every record an operation holds is given a value other than its default somewhere. */
    @Test
    void theCorpusGivesEveryAttributeAValue() {
        Set<String> components = new TreeSet<>();
        Set<String> given = new TreeSet<>();
        for (Operation op : operationsOfTheCorpus()) {
            collectComponents(op, components, given);
        }
        components.removeAll(given);
        assertThat(components).as("attributes never given a value by the corpus").isEmpty();
    }

    /** Changing any one attribute of an operation changes its checksum: the form leaves nothing out. */
    @Test
    void everyScalarAttributeOfEveryOperationCountsInTheChecksum() throws ReflectiveOperationException {
        List<String> ignored = new ArrayList<>();
        for (Operation op : operationsOfTheCorpus()) {
            RecordComponent[] parts = op.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                Object[] values = values((Record) op);
                Object changed = changed(values[i]);
                if (changed == null) {
                    continue;
                }
                values[i] = changed;
                Operation edited = construct(op, values);
                if (Checksums.of(o -> o.run(edited)).equals(Checksums.of(o -> o.run(op)))) {
                    ignored.add(op.getClass().getSimpleName() + "." + parts[i].getName());
                }
            }
        }
        assertThat(ignored).as("attributes the checksum does not see").isEmpty();
    }

    private static Consumer<Operations> body(String name) {
        return ChecksumCorpus.migrations().get(name);
    }

    private static List<Operation> operationsOfTheCorpus() {
        List<Operation> all = new ArrayList<>();
        for (Consumer<Operations> body : ChecksumCorpus.migrations().values()) {
            RecordingSink sink = new RecordingSink(Database.POSTGRESQL);
            try {
                body.accept(new Operations(sink));
            } catch (RuntimeException e) {
                // op.connection(): the operations before it are what counts
            }
            all.addAll(sink.operations());
        }
        return all;
    }

    private static void collect(Object value, Set<String> names, boolean nested) {
        if (value instanceof Operation) {
            names.add(value.getClass().getSimpleName());
        }
        if (value instanceof Record record) {
            for (Object part : values(record)) {
                collect(part, names, true);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, names, true));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, names, true));
        }
    }

    private static void collectComponents(Object value, Set<String> components, Set<String> given) {
        if (value instanceof Record record && record.getClass().getPackageName().equals("dev.migrations.ops")) {
            Object[] values = values(record);
            RecordComponent[] parts = record.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                String name = record.getClass().getSimpleName() + "." + parts[i].getName();
                components.add(name);
                if (values[i] != null && !(parts[i].getType() == boolean.class && Boolean.FALSE.equals(values[i]))
                        && !(values[i] instanceof Collection<?> c && c.isEmpty())) {
                    given.add(name);
                }
                collectComponents(values[i], components, given);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collectComponents(element, components, given));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collectComponents(v, components, given));
        }
    }

    private static Object[] values(Record record) {
        RecordComponent[] parts = record.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = parts[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static Object changed(Object value) {
        if (value instanceof String s) {
            return s + "_edited";
        } else if (value instanceof Boolean b) {
            return !b;
        } else if (value instanceof Integer n) {
            return n + 1;
        } else if (value instanceof Long n) {
            return n + 1;
        }
        return null;
    }

    private static Operation construct(Operation op, Object[] values) throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(op.getClass().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = op.getClass().getDeclaredConstructor(types);
        return (Operation) constructor.newInstance(values);
    }
}
