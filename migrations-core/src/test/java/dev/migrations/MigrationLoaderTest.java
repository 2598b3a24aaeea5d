package dev.migrations;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.ops.Operations;
import dev.migrations.runtime.RevisionScript;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationLoaderTest {

    @Migration(revision = "ae1027a6acf0", revises = "1975ea83b712", message = "add user preferences",
            lockTimeout = "5s", statementTimeout = "2m", transactional = false, branchLabels = "prefs")
    static class Annotated implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }

    static class NotAnnotated implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }

    @Migration(revision = "bbbbbbbbbbbb", revises = "ae1027a6acf0")
    static class Inheriting extends Annotated {
    }

    @Migration(revision = "cccccccccccc", lockTimeout = "soon")
    static class BadTimeout implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }

    @Migration(revision = "dddddddddddd", message = "seed from a file")
    static class ReadsAFile implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            throw new IllegalStateException("missing resource seed.csv");
        }
    }

    @Test
    void upgradeThatFailsWhileRecordedIsNamedWithItsRevision() {
        assertThatThrownBy(() -> MigrationLoader.load(new ReadsAFile()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("revision dddddddddddd").hasMessageContaining("missing resource seed.csv")
                .hasMessageContaining("op.connection()");
    }

    @Test
    void readsEveryAttributeOfTheAnnotation() {
        RevisionScript script = MigrationLoader.load(new Annotated());
        assertThat(script.id()).isEqualTo("ae1027a6acf0");
        assertThat(script.revision().revises()).containsExactly("1975ea83b712");
        assertThat(script.revision().branchLabels()).containsExactly("prefs");
        assertThat(script.message()).isEqualTo("add user preferences");
        assertThat(script.transactional()).isFalse();
        assertThat(script.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(script.statementTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void classWithoutMigrationAnnotationIsRefusedWithAnExample() {
        assertThatThrownBy(() -> MigrationLoader.load(new NotAnnotated()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining(NotAnnotated.class.getName())
                .hasMessageContaining("has no @Migration annotation")
                .hasMessageMatching("(?s).*@Migration\\(revision = \"[0-9a-f]{12}\".*");
    }

    @Test
    void classWithTwoMigrationAnnotationsThroughInheritanceIsRefused() {
        assertThatThrownBy(() -> MigrationLoader.load(new Inheriting()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("bbbbbbbbbbbb").hasMessageContaining("ae1027a6acf0")
                .hasMessageContaining("exactly one revision");
    }

    @Test
    void unreadableTimeoutNamesTheRevisionAndTheForm() {
        assertThatThrownBy(() -> MigrationLoader.load(new BadTimeout()))
                .isInstanceOf(MigrationDefinitionException.class)
                .hasMessageContaining("lockTimeout of revision cccccccccccc")
                .hasMessageContaining("500ms, 5s, 2m or 1h");
    }
}
