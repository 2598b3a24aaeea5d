package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autogenerate.Compiler;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityClassJarsTest {

    /**
     * A class of a module built in another run comes from its jar (as Entity comes from the JPA API's here); one
     * compiled in this run, from a directory; one of the JDK, from no file at all.
     */
    @Test
    void namesTheJarFilesClassesWereLoadedFromAndNothingElse(@TempDir Path sources, @TempDir Path classes)
            throws IOException, ClassNotFoundException {
        Files.writeString(sources.resolve("Parcel.java"), "@jakarta.persistence.Entity public class Parcel {}");
        Class<?> compiledInThisRun = Compiler.compile(sources, classes).loadClass("Parcel");

        List<Path> jars = EntityClassJars.jarsOf(List.of(compiledInThisRun, Entity.class, String.class));

        assertThat(jars).hasSize(1);
        assertThat(jars.get(0).getFileName().toString()).startsWith("jakarta.persistence-api").endsWith(".jar");
    }

    /** A library's entity (Envers' revision entity, say) is not the application's to change, so its jar is not named. */
    @Test
    void onlyTheApplicationsEntitiesCount() {
        EntityClassJars jars = new EntityClassJars(List.of("jakarta.persistence", "com.example.shop"));

        assertThat(jars.isTheApplications(Entity.class)).isTrue();
        assertThat(jars.isTheApplications(String.class)).isFalse();
        assertThat(new EntityClassJars(List.of("jakarta.persist")).isTheApplications(Entity.class)).isFalse();
    }
}
