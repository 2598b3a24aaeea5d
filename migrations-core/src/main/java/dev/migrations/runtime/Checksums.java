package dev.migrations.runtime;

import dev.migrations.error.OfflineModeException;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operation;
import dev.migrations.ops.Operations;
import dev.migrations.ops.RecordingSink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The checksum of a revision is a CRC-32C of the operations its upgrade performs, written in a canonical form, not
 * of its bytecode: reformatting or renaming in the source changes nothing, while changing what it does to the
 * database changes the checksum. Work done through {@code op.connection()} cannot be seen without a database, so
 * the checksum covers the operations up to that point. It detects edits, as Flyway's CRC-32 does; it is no
 * defence against someone forging a migration.
 *
 * <p>A checksum names its form: {@code 2:1a2b3c4d} is form 2 ({@link CanonicalForm}); a bare {@code 1a2b3c4d} is
 * the first form ({@link FirstForm}). New checksums are always written in the current form, and a checksum
 * recorded in an older form is compared in that form, so a newer release of this library never refuses a
 * revision nobody edited.
 */
public final class Checksums {

    private static final String CONNECTION_WORK = "connection_work";
    private static final String FIRST_FORM_CONNECTION_WORK = "<connection work>";

    private Checksums() {
    }

    /** The checksum of an upgrade, in the current form. */
    public static String of(Consumer<Operations> upgrade) {
        return CanonicalForm.VERSION + ":" + crc32c(canonicalForm(upgrade));
    }

    /** What the checksum covers, a line per operation: what {@code migrations show} prints. */
    public static List<String> canonicalForm(Consumer<Operations> upgrade) {
        return lines(upgrade, CanonicalForm.INSTANCE, CONNECTION_WORK);
    }

    /**
     * Whether {@code recorded} is the checksum of this upgrade, compared in the form it was recorded in.
     *
     * @param current the upgrade's checksum in the current form, as computed once when it was loaded
     */
    public static boolean matches(String recorded, String current, Consumer<Operations> upgrade) {
        if (recorded.equals(current)) {
            return true;
        }
        return isFirstForm(recorded) && recorded.equals(crc32c(lines(upgrade, FirstForm.INSTANCE, FIRST_FORM_CONNECTION_WORK)));
    }

    /** Whether a recorded checksum is in the first form, which had no version. */
    public static boolean isFirstForm(String recorded) {
        return recorded.indexOf(':') < 0;
    }

    /**
     * The lines of the operations the upgrade performs. An upgrade that asks which database it runs on
     * ({@code op.database()}) is recorded for each database in turn, under a line naming it, so that its checksum
     * covers every branch and is the same wherever it runs.
     */
    private static List<String> lines(Consumer<Operations> upgrade, ChecksumForm form, String connectionWork) {
        Database first = Database.values()[0];
        RecordingSink probe = new RecordingSink(first);
        List<String> lines = lines(upgrade, probe, form, connectionWork);
        if (!probe.databaseAsked()) {
            return lines;
        }
        List<String> everyDatabase = new ArrayList<>();
        for (Database database : Database.values()) {
            everyDatabase.add("database " + database.name().toLowerCase(java.util.Locale.ROOT));
            everyDatabase.addAll(database == first ? lines
                    : lines(upgrade, new RecordingSink(database), form, connectionWork));
        }
        return everyDatabase;
    }

    private static List<String> lines(Consumer<Operations> upgrade, RecordingSink sink, ChecksumForm form,
                                      String connectionWork) {
        boolean usesConnection = false;
        try {
            upgrade.accept(new Operations(sink));
        } catch (OfflineModeException e) {
            usesConnection = true;
        }
        List<String> lines = new ArrayList<>();
        for (Operation operation : sink.operations()) {
            lines.add(form.line(OperationDescriptions.describe(operation)));
        }
        if (usesConnection) {
            lines.add(connectionWork);
        }
        return lines;
    }

    private static String crc32c(List<String> lines) {
        CRC32C crc = new CRC32C();
        for (String line : lines) {
            crc.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
