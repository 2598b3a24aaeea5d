package dev.migrations.autoconfigure.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.migrations.autoconfigure.command.CommandOption.AUTOGENERATE;
import static dev.migrations.autoconfigure.command.CommandOption.HEAD;
import static dev.migrations.autoconfigure.command.CommandOption.JSON;
import static dev.migrations.autoconfigure.command.CommandOption.MESSAGE;
import static dev.migrations.autoconfigure.command.CommandOption.PURGE;
import static dev.migrations.autoconfigure.command.CommandOption.RANGE;
import static dev.migrations.autoconfigure.command.CommandOption.RENAME;
import static dev.migrations.autoconfigure.command.CommandOption.REV_ID;
import static dev.migrations.autoconfigure.command.CommandOption.SET;
import static dev.migrations.autoconfigure.command.CommandOption.SQL;
import static dev.migrations.autoconfigure.command.CommandOption.VERBOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CommandLineParserTest {

    static Stream<Arguments> validLines() {
        return Stream.of(
                arguments("upgrade", Command.UPGRADE, List.of(), Map.of()),
                arguments("upgrade head", Command.UPGRADE, List.of("head"), Map.of()),
                arguments("upgrade +2", Command.UPGRADE, List.of("+2"), Map.of()),
                arguments("upgrade ae10:heads --sql", Command.UPGRADE, List.of("ae10:heads"), Map.of(SQL, "true")),
                arguments("upgrade --sql base:head", Command.UPGRADE, List.of("base:head"), Map.of(SQL, "true")),
                arguments("downgrade -1", Command.DOWNGRADE, List.of("-1"), Map.of()),
                arguments("downgrade base", Command.DOWNGRADE, List.of("base"), Map.of()),
                arguments("downgrade head:-2 --sql", Command.DOWNGRADE, List.of("head:-2"), Map.of(SQL, "true")),
                arguments("current", Command.CURRENT, List.of(), Map.of()),
                arguments("current -v", Command.CURRENT, List.of(), Map.of(VERBOSE, "true")),
                arguments("history", Command.HISTORY, List.of(), Map.of()),
                arguments("history -r -3:current", Command.HISTORY, List.of(), Map.of(RANGE, "-3:current")),
                arguments("history --rev-range=base:head --verbose", Command.HISTORY, List.of(),
                        Map.of(RANGE, "base:head", VERBOSE, "true")),
                arguments("heads", Command.HEADS, List.of(), Map.of()),
                arguments("branches -v", Command.BRANCHES, List.of(), Map.of(VERBOSE, "true")),
                arguments("show ae10", Command.SHOW, List.of("ae10"), Map.of()),
                arguments("stamp head --purge", Command.STAMP, List.of("head"), Map.of(PURGE, "true")),
                arguments("repair ae1027a6", Command.REPAIR, List.of("ae1027a6"), Map.of()),
                arguments("merge -m merge~heads heads", Command.MERGE, List.of("heads"), Map.of(MESSAGE, "merge heads")),
                arguments("merge c3a c3b -m join", Command.MERGE, List.of("c3a", "c3b"), Map.of(MESSAGE, "join")),
                arguments("validate", Command.VALIDATE, List.of(), Map.of()),
                arguments("check --json", Command.CHECK, List.of(), Map.of(JSON, "true")),
                arguments("revision -m add~user~phone", Command.REVISION, List.of(), Map.of(MESSAGE, "add user phone")),
                arguments("revision --message=add~phone --head e5 --rev-id abc123", Command.REVISION, List.of(),
                        Map.of(MESSAGE, "add phone", HEAD, "e5", REV_ID, "abc123")),
                arguments("revision -m add~phone --autogenerate --rename customer=client --rename client.name=full_name",
                        Command.REVISION, List.of(), Map.of(MESSAGE, "add phone", AUTOGENERATE, "true",
                                RENAME, "customer=client | client.name=full_name")),
                arguments("history --set reporting", Command.HISTORY, List.of(), Map.of(SET, "reporting")),
                arguments("history --set=reporting --json", Command.HISTORY, List.of(),
                        Map.of(SET, "reporting", JSON, "true")),
                arguments("revision -m --spring.like=a~message", Command.REVISION, List.of(),
                        Map.of(MESSAGE, "--spring.like=a message")),
                arguments("show -- -weird", Command.SHOW, List.of("-weird"), Map.of()),
                arguments("help", Command.HELP, List.of(), Map.of()),
                arguments("help upgrade", Command.HELP, List.of("upgrade"), Map.of()),
                arguments("--help", Command.HELP, List.of(), Map.of()),
                arguments("stamp -h", Command.HELP, List.of("stamp"), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validLines")
    void parsesTheCommandItsArgumentsAndItsOptions(String line, Command command, List<String> arguments,
                                                    Map<CommandOption, String> options) {
        CommandLine parsed = CommandLineParser.parse(words(line));

        assertThat(parsed.command()).isEqualTo(command);
        assertThat(parsed.arguments()).isEqualTo(arguments);
        assertThat(joined(parsed)).isEqualTo(options);
    }

    /** Each option with its values joined by " | ", so that a repeated option reads as one entry. */
    private static Map<CommandOption, String> joined(CommandLine parsed) {
        Map<CommandOption, String> joined = new java.util.EnumMap<>(CommandOption.class);
        parsed.options().forEach((option, values) -> joined.put(option, String.join(" | ", values)));
        return joined;
    }

    @Test
    void skipsSpringBootPropertiesWhereverTheyStand() {
        CommandLine parsed = CommandLineParser.parse(List.of("--spring.profiles.active=postgres", "upgrade",
                "--spring.datasource.url=jdbc:postgresql://db/app", "head", "--logging.level.root=INFO"));

        assertThat(parsed.command()).isEqualTo(Command.UPGRADE);
        assertThat(parsed.arguments()).containsExactly("head");
        assertThat(parsed.options()).isEmpty();
    }

    @Test
    void theSetDefaultsToTheDefaultSet() {
        assertThat(CommandLineParser.parse(List.of("heads")).set()).isEqualTo("default");
        assertThat(CommandLineParser.parse(List.of("heads", "--set", "reporting")).set()).isEqualTo("reporting");
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                arguments("", null, "No command given."),
                arguments("upgrad", null, "Unknown command 'upgrad'. Did you mean 'upgrade'?"),
                arguments("frobnicate", null, "Unknown command 'frobnicate'. The commands are: upgrade, downgrade"),
                arguments("downgrade", Command.DOWNGRADE, "`downgrade` needs a target, such as -1, a revision id, or base."),
                arguments("show", Command.SHOW, "`show` needs a revision id, prefix or branch label."),
                arguments("stamp", Command.STAMP, "`stamp` needs a target"),
                arguments("repair", Command.REPAIR, "`repair` needs the revision to repair."),
                arguments("merge -m x", Command.MERGE, "`merge` needs the revisions to merge, or heads."),
                arguments("merge heads", Command.MERGE, "`merge` needs --message"),
                arguments("revision", Command.REVISION, "`revision` needs --message"),
                arguments("upgrade a b", Command.UPGRADE, "Unexpected argument 'b' for `upgrade`."),
                arguments("current extra", Command.CURRENT, "Unexpected argument 'extra' for `current`."),
                arguments("upgrade --purge", Command.UPGRADE, "Unknown option '--purge' for `upgrade`."),
                arguments("history --sqll", Command.HISTORY, "Unknown option '--sqll' for `history`."),
                arguments("stamp head -x", Command.STAMP, "Unknown option '-x' for `stamp`."),
                arguments("history -r", Command.HISTORY, "Option -r needs a value."),
                arguments("upgrade --sql --sql", Command.UPGRADE, "Option --sql is given twice."),
                arguments("upgrade --sql=yes", Command.UPGRADE, "Option --sql takes no value."),
                arguments("revision -m a -m b", Command.REVISION, "Option --message is given twice."),
                arguments("upgrade --autogenerate", Command.UPGRADE, "Unknown option '--autogenerate' for `upgrade`."),
                arguments("revision -m a --rename", Command.REVISION, "Option --rename needs a value."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void refusesWhatItCannotUnderstandNamingTheProblemAndTheCommand(String line, Command command, String message) {
        assertThatThrownBy(() -> CommandLineParser.parse(words(line)))
                .isInstanceOfSatisfying(CommandLineException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.command()).isEqualTo(command);
                });
    }

    /** The words of a line, split on spaces; '~' stands for a space within a word, as shell quoting would. */
    static List<String> words(String line) {
        return Arrays.stream(line.split(" ")).filter(w -> !w.isEmpty()).map(w -> w.replace('~', ' ')).toList();
    }
}
