package dev.migrations.autoconfigure.autogenerate.entityapp.audited;

import dev.migrations.autoconfigure.autogenerate.entityapp.model.Account;
import dev.migrations.autogenerate.model.otherschema.AuditEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The accounts of {@code current}, plus an entity in a schema of its own that no migration creates. */
@SpringBootApplication
@EntityScan(basePackageClasses = {Account.class, AuditEvent.class})
public class AuditedApplication {
}
