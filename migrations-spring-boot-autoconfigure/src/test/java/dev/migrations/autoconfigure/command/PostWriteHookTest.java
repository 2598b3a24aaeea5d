package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.error.ConfigurationException;
import dev.migrations.testing.TestDatabase;
import io.spring.javaformat.config.IndentationStyle;
import io.spring.javaformat.config.JavaBaseline;
import io.spring.javaformat.config.JavaFormatConfig;
import io.spring.javaformat.formatter.FileFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrations.revision.post-write}: real formatters and commands run on each written migration class. */
class PostWriteHookTest {

    private static final String PACKAGE = "dev.migrations.autoconfigure.command.storyapp";
    private static final String UNFORMATTED = "package demo;\nclass   Demo{ int count ;\n  void  run( ){count++;}}\n";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    @Test
    void theSpringJavaformatPresetLeavesAClassItsValidateGoalAccepts() throws Exception {
        Run run = revision("add account phone", "spring-javaformat");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path file = written("AddAccountPhone");
        assertThat(run.outLines()).contains("Ran post-write hook spring-javaformat");
        assertThat(new FileFormatter().formatFile(file.toFile(), StandardCharsets.UTF_8).hasEdits()).isFalse();
        assertThat(Files.readAllLines(file)).anyMatch(line -> line.startsWith("\t"));
        assertThat(Compiler.compile(sources, classes).loadClass(PACKAGE + ".AddAccountPhone")).isNotNull();
    }

    @Test
    void withoutAHookTheClassIsNotWhatSpringJavaformatWants() throws Exception {
        Run run = revision("add account phone", null);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).noneMatch(line -> line.startsWith("Ran post-write hook"));
        assertThat(new FileFormatter().formatFile(written("AddAccountPhone").toFile(), StandardCharsets.UTF_8)
                .hasEdits()).isTrue();
    }

    @Test
    void theSpringJavaformatPresetFollowsTheProjectsConfigFile() throws Exception {
        Files.writeString(sources.resolve(".springjavaformatconfig"), "indentation-style=spaces\n");

        Run run = revision("add account phone", "spring-javaformat");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path file = written("AddAccountPhone");
        assertThat(Files.readAllLines(file)).noneMatch(line -> line.startsWith("\t"));
        JavaFormatConfig spaces = JavaFormatConfig.of(JavaBaseline.V17, IndentationStyle.SPACES);
        assertThat(new FileFormatter(spaces).formatFile(file.toFile(), StandardCharsets.UTF_8).hasEdits()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "spring-javaformat    | '\tint count;'",
            "google-java-format   | '  int count;'",
            "palantir-java-format | '    int count;'"})
    void eachPresetFormatsWithItsFormatterAndAgainChangesNothing(String preset, String fieldLine) throws Exception {
        Path file = Files.writeString(sources.resolve("Demo.java"), UNFORMATTED);
        PostWriteHooks hooks = PostWriteHooks.of(List.of(preset), sources, getClass().getClassLoader());

        hooks.run(file);
        String formatted = Files.readString(file);
        hooks.run(file);

        assertThat(formatted).isNotEqualTo(UNFORMATTED).contains("class Demo {").contains("\n" + fieldLine + "\n");
        assertThat(Files.readString(file)).isEqualTo(formatted);
    }

    @Test
    void aCommandGetsTheFilesPathAndWhatItPrintsIsShown() {
        String command = "sh -c 'echo \"formatted $0\"' {file}";

        Run run = revision("add account phone", command);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsSubsequence("Ran post-write hook " + command,
                "  formatted " + written("AddAccountPhone").toAbsolutePath());
    }

    @Test
    void aFormatterRunAsACommandFormatsTheFile() throws Exception {
        String javaFormatter = String.join(" ", javaCommand(), "-cp", System.getProperty("java.class.path"),
                "com.google.googlejavaformat.java.Main", "--replace", "{file}");

        Run run = revision("add account phone", javaFormatter);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(written("AddAccountPhone"))).contains("  @Override");
    }

    @Test
    void jsonListsTheHooksThatRan() {
        JsonNode json = CommandMode.of(StoryTestApplication.class, db)
                .with("migrations.source-directory", sources.toString())
                .with("migrations.revision.post-write[0]", "spring-javaformat")
                .with("migrations.revision.post-write[1]", "sh -c 'echo done' {file}")
                .run("revision", "-m", "add account phone", "--json").json();

        assertThat(json.get("ok").asBoolean()).as(json.toString()).isTrue();
        assertThat(json.get("postWrite").get(0).get("hook").asString()).isEqualTo("spring-javaformat");
        assertThat(json.get("postWrite").get(1).get("output").asString()).isEqualTo("done");
    }

    @Test
    void aFailingHookFailsTheCommandNamingTheHookTheFileAndWhatItPrinted() {
        String command = "sh -c 'echo \"cannot parse line 3\" >&2; exit 3' {file}";

        Run run = revision("add account phone", command);

        assertThat(run.exitCode()).isEqualTo(1);
        Path file = written("AddAccountPhone");
        assertThat(run.err()).contains("Post-write hook '" + command + "' exited with 3 on " + file)
                .contains("cannot parse line 3")
                .contains("The migration class was written as generated")
                .contains("migrations.revision.post-write");
        assertThat(file).exists();
    }

    @Test
    void anEntryThatIsNeitherAPresetNorACommandWritesNothing() {
        Run run = revision("add account phone", "prettier");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("migrations.revision.post-write entry 'prettier' is neither a formatter preset "
                + "(spring-javaformat, palantir-java-format, google-java-format) nor a command holding {file}");
        assertThat(sources).isEmptyDirectory();
    }

    @Test
    void aPresetWhoseFormatterIsMissingSaysWhichArtifactToAdd() throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> PostWriteHooks.of(List.of("google-java-format"), sources, bare))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("names the preset google-java-format, but "
                            + "com.google.googlejavaformat.java.Main is not on the application's class path")
                    .hasMessageContaining("Add com.google.googlejavaformat:google-java-format");
        }
    }

    @Test
    void commandLinesSplitAtWhiteSpaceOutsideQuotes() {
        assertThat(ExternalCommandHook.words("fmt  --style 'a b' \"c 'd'\" x{file}y ''"))
                .containsExactly("fmt", "--style", "a b", "c 'd'", "x{file}y", "");
        assertThatThrownBy(() -> ExternalCommandHook.words("fmt 'open {file}"))
                .hasMessageContaining("opens a ' quote it does not close");
    }

    private Run revision(String message, String postWrite) {
        CommandMode mode = CommandMode.of(StoryTestApplication.class, db)
                .with("migrations.source-directory", sources.toString());
        if (postWrite != null) {
            mode = mode.with("migrations.revision.post-write[0]", postWrite);
        }
        return mode.run("revision", "-m", message);
    }

    private Path written(String className) {
        return sources.resolve(PACKAGE.replace('.', '/') + "/" + className + ".java");
    }

    /** The java launcher with the exports google-java-format needs, as a user's command would give them. */
    private static String javaCommand() {
        StringBuilder command = new StringBuilder(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java");
        for (String pkg : List.of("api", "code", "file", "parser", "tree", "util")) {
            command.append(" --add-exports=jdk.compiler/com.sun.tools.javac.").append(pkg).append("=ALL-UNNAMED");
        }
        return command.toString();
    }
}
