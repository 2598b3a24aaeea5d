package dev.migrations.autoconfigure;

import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import javax.sql.DataSource;

/** Reports the DataSources migration sets run on as managed, so Hibernate's ddl-auto defaults to none on them. */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

    private final MigrationSetDataSources dataSources;

    MigrationsSchemaManagementProvider(MigrationSetDataSources dataSources) {
        this.dataSources = dataSources;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return dataSources.managed().contains(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
