package dev.migrations.autoconfigure.command;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed command: {@code upgrade ae10 --sql} is {@link Command#UPGRADE} with the argument {@code ae10}
 * and the option {@link CommandOption#SQL}.
 *
 * @param arguments the positional arguments, in order
 * @param options   each given option with its values, in order (several only for a repeatable option); flags
 *                  have the value {@code "true"}
 */
public record CommandLine(Command command, List<String> arguments, Map<CommandOption, List<String>> options) {

    public CommandLine {
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        Map<CommandOption, List<String>> copied = new EnumMap<>(CommandOption.class);
        options.forEach((option, values) -> copied.put(option, List.copyOf(values)));
        options = copied.isEmpty() ? Map.of() : Map.copyOf(copied);
    }

    public boolean has(CommandOption option) {
        return options.containsKey(option);
    }

    public Optional<String> value(CommandOption option) {
        return Optional.ofNullable(options.get(option)).map(values -> values.get(0));
    }

    /** Every value of a repeatable option, in the order given; empty when it is not given. */
    public List<String> values(CommandOption option) {
        return options.getOrDefault(option, List.of());
    }

    /** The positional argument at {@code index}, or {@code fallback} when there are fewer. */
    public String argument(int index, String fallback) {
        return index < arguments.size() ? arguments.get(index) : fallback;
    }

    /** The migration set to act on: {@code --set}, else {@code default}. */
    public String set() {
        return value(CommandOption.SET).orElse(dev.migrations.autoconfigure.MigrationSet.DEFAULT);
    }

    public boolean json() {
        return has(CommandOption.JSON);
    }
}
