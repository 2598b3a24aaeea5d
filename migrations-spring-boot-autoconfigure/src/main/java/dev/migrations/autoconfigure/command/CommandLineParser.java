package dev.migrations.autoconfigure.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the words after {@code migrations} into a {@link CommandLine}, as Alembic's command line reads:
 * the command, then its arguments and options in any order.
 * <ul>
 *   <li>{@code -1}, {@code +2} are arguments (relative targets), not options.</li>
 *   <li>A value option takes the next word ({@code -m "add phone"}) or an inline one ({@code --set=reporting}).</li>
 *   <li>{@code --name=value} words that name no option are Spring Boot properties, which Spring Boot has already
 *       applied ({@code --spring.datasource.url=...}); they are skipped.</li>
 *   <li>After {@code --}, every word is an argument.</li>
 * </ul>
 */
public final class CommandLineParser {

    private static final Pattern RELATIVE_STEP = Pattern.compile("[-+]\\d+");

    private CommandLineParser() {
    }

    public static CommandLine parse(List<String> words) {
        List<String> remaining = withoutSpringProperties(words);
        if (remaining.isEmpty()) {
            throw new CommandLineException("No command given.", null);
        }
        String first = remaining.get(0);
        if (first.equals("-h") || first.equals("--help")) {
            return new CommandLine(Command.HELP, List.of(), Map.of());
        }
        Command command = Command.named(first).orElseThrow(() -> new CommandLineException(
                "Unknown command '" + first + "'." + suggestion(first), null));
        List<String> arguments = new ArrayList<>();
        Map<CommandOption, List<String>> options = new EnumMap<>(CommandOption.class);
        boolean onlyArguments = false;
        for (int i = 1; i < remaining.size(); i++) {
            String word = remaining.get(i);
            if (onlyArguments || !isOption(word)) {
                arguments.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyArguments = true;
                continue;
            }
            if (word.equals("-h") || word.equals("--help")) {
                return new CommandLine(Command.HELP, List.of(command.word()), Map.of());
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            CommandOption option = CommandOption.spelled(name).filter(command::accepts)
                    .orElseThrow(() -> new CommandLineException("Unknown option '" + name + "' for `"
                            + command.word() + "`.", command));
            if (options.containsKey(option) && !option.repeatable()) {
                throw new CommandLineException("Option " + option.longName() + " is given twice.", command);
            }
            String value;
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new CommandLineException("Option " + option.longName() + " takes no value.", command);
                }
                value = "true";
            } else if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < remaining.size()) {
                value = remaining.get(++i);
            } else {
                throw new CommandLineException("Option " + name + " needs a value.", command);
            }
            options.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
        }
        if (arguments.size() < command.minArguments()) {
            throw new CommandLineException("`" + command.word() + "` needs " + command.needs() + ".", command);
        }
        for (CommandOption required : command.requiredOptions()) {
            if (!options.containsKey(required)) {
                throw new CommandLineException("`" + command.word() + "` needs " + required.longName() + ": "
                        + required.description() + ", such as -m \"add user phone\".", command);
            }
        }
        if (arguments.size() > command.maxArguments()) {
            throw new CommandLineException("Unexpected argument '" + arguments.get(command.maxArguments()) + "' for `"
                    + command.word() + "`.", command);
        }
        return new CommandLine(command, arguments, options);
    }

    /**
     * Drops the {@code --name=value} words that name no option of any command: Spring Boot reads them as
     * properties. The value of a value option is kept even when it looks like one.
     */
    private static List<String> withoutSpringProperties(List<String> words) {
        List<String> kept = new ArrayList<>();
        boolean onlyArguments = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            onlyArguments |= word.equals("--");
            if (!onlyArguments && isSpringProperty(word)) {
                continue;
            }
            kept.add(word);
            Optional<CommandOption> option = CommandOption.spelled(word);
            if (!onlyArguments && option.isPresent() && option.get().takesValue() && i + 1 < words.size()) {
                kept.add(words.get(++i));
            }
        }
        return kept;
    }

    static boolean isSpringProperty(String word) {
        int equals = word.indexOf('=');
        return word.startsWith("--") && equals > 2 && CommandOption.spelled(word.substring(0, equals)).isEmpty();
    }

    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1 && !RELATIVE_STEP.matcher(word).matches();
    }

    private static String suggestion(String word) {
        List<String> close = Arrays.stream(Command.values()).map(Command::word)
                .filter(w -> w.startsWith(word.substring(0, Math.min(2, word.length())))).toList();
        String all = Arrays.stream(Command.values()).map(Command::word).collect(Collectors.joining(", "));
        return (close.size() == 1 ? " Did you mean '" + close.get(0) + "'?" : "") + " The commands are: " + all + ".";
    }
}
