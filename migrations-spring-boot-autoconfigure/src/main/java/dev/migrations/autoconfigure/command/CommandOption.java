package dev.migrations.autoconfigure.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An option of a command, with its spellings and whether it takes a value. */
public enum CommandOption {

    SQL(false, "print the SQL script instead of running it (offline mode)", "--sql"),
    BACKUP(false, "back the database up first, when something is pending (see migrations.backup.*)", "--backup"),
    TO(true, "the file the backup goes to, instead of a new one in migrations.backup.directory", "--to"),
    PURGE(false, "also forget revisions the code does not have", "--purge"),
    VERBOSE(false, "show every detail of each revision", "-v", "--verbose"),
    RANGE(true, "the revisions to list, from:to (base:head, -3:current, ae10:)", "-r", "--rev-range"),
    MESSAGE(true, "the message of the new revision; its class name is derived from it", "-m", "--message"),
    HEAD(true, "the head the new revision follows, when the code has several", "--head"),
    REV_ID(true, "the id of the new revision, instead of a generated one", "--rev-id"),
    AUTOGENERATE(false, "fill the new revision with what the entities need that the database lacks", "--autogenerate"),
    RENAME(true, "a rename autogenerate makes instead of drop + add: old=new (a table) or table.old=new (a "
            + "column); repeatable", "--rename"),
    SET(true, "the migration set to act on (default: default)", "--set"),
    TENANT(true, "the tenant to act on, in a set with tenants", "--tenant"),
    ALL_TENANTS(false, "act on every tenant of the set (upgrade and downgrade run them in parallel, with progress)",
            "--all-tenants"),
    JSON(false, "machine-readable output on stdout, as JSON", "--json");

    /** Options every command accepts. */
    static final List<CommandOption> COMMON = List.of(SET, TENANT, ALL_TENANTS, JSON);

    private final boolean takesValue;
    private final String description;
    private final List<String> spellings;

    CommandOption(boolean takesValue, String description, String... spellings) {
        this.takesValue = takesValue;
        this.description = description;
        this.spellings = List.of(spellings);
    }

    public boolean takesValue() {
        return takesValue;
    }

    /** Whether it may be given several times, each value kept. */
    public boolean repeatable() {
        return this == RENAME;
    }

    public String description() {
        return description;
    }

    /** The spellings, short first: {@code -m, --message}. */
    public List<String> spellings() {
        return spellings;
    }

    /** The longest spelling, used in messages. */
    public String longName() {
        return spellings.get(spellings.size() - 1);
    }

    static Optional<CommandOption> spelled(String text) {
        return Arrays.stream(values()).filter(o -> o.spellings.contains(text)).findFirst();
    }
}
