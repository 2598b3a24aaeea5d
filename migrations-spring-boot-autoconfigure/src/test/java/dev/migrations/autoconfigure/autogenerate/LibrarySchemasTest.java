package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autoconfigure.autogenerate.LibrarySchemas.LibrarySchema;
import dev.migrations.ops.Database;
import dev.migrations.ops.Types;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripts of a library on the class path (Spring Authorization Server's, here), read as they are shipped; and the
 * history tables of Flyway and Liquibase, by their Spring Boot properties.
 */
class LibrarySchemasTest {

    private final MockEnvironment environment = new MockEnvironment();

    private final LibrarySchemas schemas = new LibrarySchemas(new DefaultListableBeanFactory(),
            new DefaultResourceLoader(), environment);

    @Test
    void aLibrarysScriptsMakeOneSchemaOfWhatTheyCreate() {
        List<LibrarySchema> found = schemas.unmappedBy(SchemaModel.empty(), Database.POSTGRESQL);

        assertThat(found).extracting(LibrarySchema::library).containsExactly("Spring Authorization Server's schema",
                "Flyway's schema history", "Liquibase's change log");
        assertThat(found.get(0).tables())
                .containsExactly("oauth2_authorization", "oauth2_authorization_consent", "oauth2_registered_client");
        assertThat(found.get(0).describe()).startsWith("the 3 tables of Spring Authorization Server's schema "
                + "(classpath:org/springframework/security/oauth2/server/authorization/oauth2-authorization-schema.sql, ");
    }

    @Test
    void theOtherToolsHistoryTablesAreNamedByTheirProperties() {
        environment.setProperty("spring.flyway.table", "SCHEMA_HISTORY");

        List<LibrarySchema> found = schemas.unmappedBy(SchemaModel.empty(), Database.MARIADB);

        assertThat(found.get(1).tables()).containsExactly("schema_history");
        assertThat(found.get(1).describe())
                .isEqualTo("the 1 table of Flyway's schema history (spring.flyway.table=SCHEMA_HISTORY), "
                        + "which no entity maps");
        assertThat(found.get(2).tables()).containsExactly("databasechangelog", "databasechangeloglock");
        assertThat(found.get(2).describe()).isEqualTo("the 2 tables of Liquibase's change log "
                + "(spring.liquibase.database-change-log-table=databasechangelog, "
                + "spring.liquibase.database-change-log-lock-table=databasechangeloglock), which no entity maps");
    }

    @Test
    void aTableAnEntityMapsIsComparedAsAnyOther() {
        SchemaModel entities = SchemaModel.of(null, List.of(TableModel.of("OAUTH2_REGISTERED_CLIENT",
                List.of(ColumnModel.of("id", Types.varchar(100))))), List.of(), List.of());

        List<LibrarySchema> found = schemas.unmappedBy(entities, Database.H2);

        assertThat(found.get(0).tables()).containsExactly("oauth2_authorization", "oauth2_authorization_consent");
    }
}
