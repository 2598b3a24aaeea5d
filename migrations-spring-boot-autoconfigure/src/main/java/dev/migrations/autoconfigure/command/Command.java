package dev.migrations.autoconfigure.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.migrations.autoconfigure.command.CommandOption.AUTOGENERATE;
import static dev.migrations.autoconfigure.command.CommandOption.BACKUP;
import static dev.migrations.autoconfigure.command.CommandOption.HEAD;
import static dev.migrations.autoconfigure.command.CommandOption.MESSAGE;
import static dev.migrations.autoconfigure.command.CommandOption.PURGE;
import static dev.migrations.autoconfigure.command.CommandOption.RANGE;
import static dev.migrations.autoconfigure.command.CommandOption.RENAME;
import static dev.migrations.autoconfigure.command.CommandOption.REV_ID;
import static dev.migrations.autoconfigure.command.CommandOption.SQL;
import static dev.migrations.autoconfigure.command.CommandOption.TO;
import static dev.migrations.autoconfigure.command.CommandOption.VERBOSE;

/**
 * The commands of command mode, as Alembic's, with what each accepts: its positional arguments and its
 * options. {@link CommandOption#COMMON} options are accepted by every command.
 */
public enum Command {

    UPGRADE("upgrade", "[<target>] [--sql | --backup]", "Upgrade to a later revision: heads (the default), head, a "
            + "revision id or prefix, +N, label@head. With --backup, back the database up first when something is "
            + "pending. With --sql, print the SQL script instead of running it; the target is then <to> (from base) "
            + "or <from>:<to>.", 0, 1, List.of(SQL, BACKUP)),
    DOWNGRADE("downgrade", "<target> [--sql]", "Revert to an earlier revision: -N, a revision id or prefix, base, "
            + "label@base. With --sql, print the SQL script instead; the target is then <from>:<to>, such as "
            + "head:-1, since there is no database to start from.", 1, 1, List.of(SQL),
            "a target, such as -1, a revision id, or base"),
    BACKUP_DATABASE("backup", "[--to <file>]", "Back the database up: pg_dump (custom format) on PostgreSQL, "
            + "mariadb-dump on MariaDB and MySQL, SCRIPT TO on H2, or the application's MigrationsBackup bean; into a "
            + "new file in migrations.backup.directory unless --to names one.", 0, 0, List.of(TO)),
    CURRENT("current", "[-v]", "Show the revisions the database is at, and any revision it has that the code "
            + "lacks.", 0, 0, List.of(VERBOSE)),
    HISTORY("history", "[-r <range>] [-v]", "List the revisions, newest first, with their state: when each was "
            + "applied, by whom and how long it took, and what is pending, failed, edited since applied, or unknown "
            + "to the code.", 0, 0, List.of(RANGE, VERBOSE)),
    HEADS("heads", "[-v]", "Show the heads of the code's revision graph.", 0, 0, List.of(VERBOSE)),
    BRANCHES("branches", "[-v]", "Show the revisions where the history branches, and their branches.", 0, 0,
            List.of(VERBOSE)),
    SHOW("show", "<revision>", "Show one revision: its parents, labels, state, checksum and message.", 1, 1,
            List.of(), "a revision id, prefix or branch label"),
    STAMP("stamp", "<target> [--purge]", "Record the database as being at the target without running any "
            + "migration. With --purge, revisions the code does not have are forgotten too.", 1, 1, List.of(PURGE),
            "a target, such as head, a revision id, or base"),
    REPAIR("repair", "<revision>", "Repair the record of a revision: one that failed or was interrupted part-way "
            + "is marked so the next upgrade runs it again; an applied one edited since is recorded with its new "
            + "checksum.", 1, 1, List.of(), "the revision to repair"),
    MERGE("merge", "-m <message> <revision>... | heads", "Write a migration class that merges the given revisions "
            + "(heads: every head) into one line of history.", 1, Integer.MAX_VALUE, List.of(MESSAGE, REV_ID),
            "the revisions to merge, or heads"),
    VALIDATE("validate", "", "Check that nothing is pending, failed, edited since applied, or unknown to the "
            + "code; exit 1 otherwise.", 0, 0, List.of()),
    CHECK("check", "", "Check, for CI, that the database is at the code's heads and that nothing drifted; exit 1 "
            + "with the differences otherwise, the differences between the JPA entities and the database included.",
            0, 0, List.of()),
    REVISION("revision", "-m <message> [--autogenerate [--rename <old=new>]...] [--head <revision>] [--rev-id <id>]",
            "Write a new migration class that follows the current head(s), under migrations.source-directory: empty, "
            + "or with --autogenerate, filled with the operations that turn the database (which must be at the "
            + "heads) into what the JPA entities map to. Prints \"No changes detected\" when there are none.", 0, 0,
            List.of(MESSAGE, AUTOGENERATE, RENAME, HEAD, REV_ID)),
    HELP("help", "[<command>]", "Show this help, or one command's.", 0, 1, List.of());

    private final String word;
    private final String arguments;
    private final String description;
    private final int minArguments;
    private final int maxArguments;
    private final List<CommandOption> options;
    private final String needs;

    Command(String word, String arguments, String description, int minArguments, int maxArguments,
            List<CommandOption> options) {
        this(word, arguments, description, minArguments, maxArguments, options, "");
    }

    Command(String word, String arguments, String description, int minArguments, int maxArguments,
            List<CommandOption> options, String needs) {
        this.word = word;
        this.arguments = arguments;
        this.description = description;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.options = options;
        this.needs = needs;
    }

    /** The word that names it on the command line. */
    public String word() {
        return word;
    }

    /** Its arguments and options, as the usage line shows them. */
    public String arguments() {
        return arguments;
    }

    public String description() {
        return description;
    }

    /** What it does, in a few words, for the list of commands. */
    public String summary() {
        return switch (this) {
            case UPGRADE -> "upgrade to a later revision (default: heads)";
            case DOWNGRADE -> "revert to an earlier revision";
            case BACKUP_DATABASE -> "back the database up (pg_dump, mariadb-dump, H2 SCRIPT TO, or your own)";
            case CURRENT -> "show the revisions the database is at";
            case HISTORY -> "list the revisions, newest first, with their state";
            case HEADS -> "show the heads of the code";
            case BRANCHES -> "show where the history branches";
            case SHOW -> "show one revision in detail";
            case STAMP -> "record a revision as applied, running nothing";
            case REPAIR -> "repair the record of a failed or edited revision";
            case MERGE -> "write a migration class that merges revisions";
            case VALIDATE -> "fail when anything is pending or drifted";
            case CHECK -> "fail, for CI, when the database is not at the heads or differs from the entities";
            case REVISION -> "write a new migration class, empty or autogenerated";
            case HELP -> "show this help, or one command's";
        };
    }

    int minArguments() {
        return minArguments;
    }

    int maxArguments() {
        return maxArguments;
    }

    /** What its required arguments are, for the message when they are missing. */
    String needs() {
        return needs;
    }

    /** The options it cannot do without. */
    List<CommandOption> requiredOptions() {
        return this == MERGE || this == REVISION ? List.of(CommandOption.MESSAGE) : List.of();
    }

    /** Whether the command accepts the option: its own options and the common ones. */
    public boolean accepts(CommandOption option) {
        return options.contains(option) || CommandOption.COMMON.contains(option);
    }

    /** Its own options, without the common ones. */
    public List<CommandOption> options() {
        return options;
    }

    static Optional<Command> named(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
