package dev.migrations.autoconfigure.autogenerate;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityClassJarsTest {

    /**
     * A class of a module built in another run comes from its jar (as Entity comes from the JPA API's here); one
     * compiled in this build, from a directory; one of the JDK, from no file at all.
     */
    @Test
    void namesTheJarFilesClassesWereLoadedFromAndNothingElse() {
        List<Path> jars = EntityClassJars.of(List.of(EntityClassJarsTest.class, Entity.class, String.class));

        assertThat(jars).hasSize(1);
        assertThat(jars.get(0).getFileName().toString()).startsWith("jakarta.persistence-api").endsWith(".jar");
    }
}
