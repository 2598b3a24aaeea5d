package dev.migrations.autoconfigure.command;

import io.spring.javaformat.config.JavaFormatConfig;
import io.spring.javaformat.formatter.FileEdit;
import io.spring.javaformat.formatter.FileFormatter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Formats the file with spring-javaformat in this JVM (it needs no access to the compiler's internals), with the
 * indentation the nearest {@code .springjavaformatconfig} above the file asks for, as its Maven plugin does.
 */
final class SpringJavaFormatHook implements PostWriteHook {

    private final String name;

    SpringJavaFormatHook(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String run(Path file) {
        try {
            FileEdit edit = new FileFormatter(JavaFormatConfig.findFrom(file.toAbsolutePath().getParent()))
                    .formatFile(file.toFile(), StandardCharsets.UTF_8);
            if (edit.hasEdits()) {
                edit.save();
            }
            return "";
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the unshaded formatter without its Eclipse runtime, for one.
            throw HookProcess.failure(name, file, "failed (" + e + ")", "");
        }
    }
}
