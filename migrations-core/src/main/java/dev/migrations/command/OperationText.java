package dev.migrations.command;

import dev.migrations.autogenerate.JavaOperationRenderer;
import dev.migrations.ops.Operation;

import java.util.regex.Pattern;

/**
 * An operation as one line of the op API, as a generated migration would call it, for the command's output:
 * {@code op.addColumn("users", Column.column("phone", Types.varchar(20)))}.
 */
public final class OperationText {

    private static final JavaOperationRenderer RENDERER = new JavaOperationRenderer();

    /** Package names, which the generated class imports and a one-line summary does without. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:dev\\.migrations\\.ops|java\\.util)\\.(?=[A-Z])");

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private OperationText() {
    }

    public static String of(Operation operation) {
        String code = RENDERER.render(operation).toString().strip();
        code = LINE_BREAK.matcher(QUALIFIER.matcher(code).replaceAll("")).replaceAll(" ");
        return code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
    }
}
