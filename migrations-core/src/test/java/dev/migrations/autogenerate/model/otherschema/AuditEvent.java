package dev.migrations.autogenerate.model.otherschema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table of another schema. */
@Entity
@Table(schema = "audit", name = "audit_event")
public class AuditEvent {

    @Id
    public Long id;

    public String action;
}
