package dev.migrations.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;

/** The help text of command mode, and of each command. */
public final class Usage {

    static final String PREFIX = "java -jar app.jar migrations";

    private static final int WIDTH = 100;
    private static final int SYNOPSIS_WIDTH = 42;

    private Usage() {
    }

    /** Every command, one line each, and the common options. */
    public static String general() {
        StringBuilder text = new StringBuilder("usage: ").append(PREFIX).append(" <command> [options]\n\n");
        text.append("Commands:\n");
        for (Command command : Command.values()) {
            String synopsis = (command.word() + " " + command.arguments()).strip();
            if (synopsis.length() > SYNOPSIS_WIDTH) {
                text.append("  ").append(synopsis).append('\n').append(" ".repeat(SYNOPSIS_WIDTH + 3));
            } else {
                text.append(String.format("  %-" + SYNOPSIS_WIDTH + "s ", synopsis));
            }
            text.append(command.summary()).append('\n');
        }
        text.append("\nOptions of every command:\n");
        for (CommandOption option : CommandOption.COMMON) {
            text.append(optionLine(option));
        }
        text.append("\nSpring Boot properties may be given too, as --name=value (for example\n")
                .append("--spring.datasource.url=...). `").append(PREFIX)
                .append(" help <command>` shows one command.\n");
        return text.toString();
    }

    /** One command: its synopsis, what it does, and its options. */
    public static String of(Command command) {
        StringBuilder text = new StringBuilder("usage: ").append(PREFIX).append(' ')
                .append((command.word() + " " + command.arguments()).strip()).append("\n\n");
        wrap(command.description(), "  ").forEach(line -> text.append(line).append('\n'));
        text.append("\nOptions:\n");
        for (CommandOption option : command.options()) {
            text.append(optionLine(option));
        }
        for (CommandOption option : CommandOption.COMMON) {
            text.append(optionLine(option));
        }
        return text.toString();
    }

    private static String optionLine(CommandOption option) {
        String spelled = String.join(", ", option.spellings()) + (option.takesValue() ? " <value>" : "");
        return String.format("  %-24s %s%n", spelled, option.description());
    }

    private static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
