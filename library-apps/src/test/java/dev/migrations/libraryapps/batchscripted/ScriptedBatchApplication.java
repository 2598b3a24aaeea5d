package dev.migrations.libraryapps.batchscripted;

import dev.migrations.libraryapps.batch.BatchApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The same service, as it is usually run in production: Spring Batch's tables come from a migration that runs
 * Batch's own script ({@link CreateBatchTables}), and its initializer is off.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = BatchApplication.class)
public class ScriptedBatchApplication {
}
