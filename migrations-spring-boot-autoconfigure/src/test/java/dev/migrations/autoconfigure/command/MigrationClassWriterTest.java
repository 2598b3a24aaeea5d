package dev.migrations.autoconfigure.command;

import dev.migrations.Migration;
import dev.migrations.error.MigrationException;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.command.WrittenRevision;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.ops.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationClassWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private final MigrationsProperties properties = new MigrationsProperties();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    @Test
    void theSourceDirectoryIsRelativeToTheWorkingDirectory() throws Exception {
        Files.createDirectories(project.resolve("src/main/java"));
        beans.registerSingleton("first", new First());

        WrittenRevision written = writer().write(set(new First()), "add second", List.of("f1f1f1f1"), null);

        assertThat(written.file()).isEqualTo(project.resolve("src/main/java/" + packagePath() + "/AddSecond.java"));
        assertThat(Files.readString(written.file())).contains("Created 2026-11-21T10:00:00Z.");
    }

    @Test
    void theFirstRevisionGoesIntoTheMigrationsPackageOfTheApplication() {
        AutoConfigurationPackages.register(beans, "com.example.shop");

        assertThat(writer().packageName(set(), List.of())).isEqualTo("com.example.shop.migrations");
    }

    @Test
    void anotherSetsFirstRevisionGoesIntoItsOwnPackageNotTheDefaultSets() {
        AutoConfigurationPackages.register(beans, "com.example.shop");
        properties.setRevisionPackage("com.example.shop.db");
        MigrationsProperties.SetProperties reporting = new MigrationsProperties.SetProperties();
        reporting.setPackages(List.of("com.example.reporting.migrations", "com.example.reporting.more"));
        properties.getSets().put("reporting", reporting);

        assertThat(writer().packageName(set("reporting"), List.of())).isEqualTo("com.example.reporting.migrations");
        assertThat(writer().packageName(set(), List.of())).isEqualTo("com.example.shop.db");
    }

    @Test
    void anotherSetWithoutAPackageAsksForOne() {
        properties.getSets().put("reporting", new MigrationsProperties.SetProperties());

        assertThatThrownBy(() -> writer().packageName(set("reporting"), List.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration set 'reporting' names no package")
                .hasMessageContaining("migrations.sets.reporting.packages");
    }

    @Test
    void withoutAHeadClassOrAPackageItAsksForTheProperty() {
        assertThatThrownBy(() -> writer().packageName(set(new First()), List.of("f1f1f1f1")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Set migrations.revision-package");
    }

    @Test
    void anInvalidConfiguredPackageIsRefused() {
        properties.setRevisionPackage("com.example.2fast");

        assertThatThrownBy(() -> writer().packageName(set(new First()), List.of()))
                .hasMessageContaining("migrations.revision-package 'com.example.2fast' is not a Java package name");
    }

    private MigrationClassWriter writer() {
        return new MigrationClassWriter(properties, beans, project, CLOCK);
    }

    private static MigrationSet set(MigrationScript... scripts) {
        return set("default", scripts);
    }

    private static MigrationSet set(String name, MigrationScript... scripts) {
        return new MigrationSet(name, Migrations.offline().dialect("postgresql").migrations(scripts).build(), "heads");
    }

    private static String packagePath() {
        return MigrationClassWriterTest.class.getPackageName().replace('.', '/');
    }

    @Migration(revision = "f1f1f1f1", message = "first")
    public static class First implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }
}
