package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.io.UrlResource;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration processor documents every property, with its javadoc, for IDEs and the docs. */
class ConfigurationMetadataTest {

    @Test
    void everyMigrationsPropertyIsListedWithItsJavadocAndDefault() throws IOException {
        Map<String, Map<String, Object>> properties = migrationsProperties();
        assertThat(properties).containsOnlyKeys("migrations.enabled", "migrations.on-startup", "migrations.target",
                "migrations.packages", "migrations.table", "migrations.schema", "migrations.url", "migrations.user",
                "migrations.password", "migrations.transaction-mode",
                "migrations.lock-wait-timeout", "migrations.lock-timeout", "migrations.statement-timeout",
                "migrations.on-checksum-mismatch", "migrations.applied-by", "migrations.source-directory",
                "migrations.revision-package", "migrations.sets");
        properties.forEach((name, property) ->
                assertThat((String) property.get("description")).as(name).isNotBlank().endsWith("."));
        assertThat(properties.get("migrations.on-startup")).containsEntry("defaultValue", "upgrade");
        assertThat(properties.get("migrations.lock-wait-timeout")).containsEntry("defaultValue", "5m");
        assertThat(properties.get("migrations.table")).containsEntry("defaultValue", "migrations_version");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> migrationsProperties() throws IOException {
        // The main output's metadata (a directory, or a jar when the tests run from their jar), not the one the
        // processor writes for the test classes.
        String mainOutput = MigrationsProperties.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URL metadata = Collections.list(MigrationsProperties.class.getClassLoader()
                        .getResources("META-INF/spring-configuration-metadata.json")).stream()
                .filter(url -> url.toString().startsWith(mainOutput) || url.toString().startsWith("jar:" + mainOutput))
                .findFirst().orElseThrow(() -> new AssertionError("no configuration metadata in " + mainOutput));
        String json = new UrlResource(metadata).getContentAsString(StandardCharsets.UTF_8);
        List<Object> properties = (List<Object>) JsonParserFactory.getJsonParser().parseMap(json).get("properties");
        return properties.stream().map(p -> (Map<String, Object>) p)
                .filter(p -> MigrationsProperties.class.getName().equals(p.get("sourceType")))
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> p));
    }
}
