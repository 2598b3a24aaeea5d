package dev.migrations.autoconfigure.autogenerate.entityapp.current;

import dev.migrations.autoconfigure.autogenerate.entityapp.model.Account;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** A JPA service whose one migration creates exactly what its entities map to. */
@SpringBootApplication
@EntityScan(basePackageClasses = Account.class)
public class CurrentSchemaApplication {
}
