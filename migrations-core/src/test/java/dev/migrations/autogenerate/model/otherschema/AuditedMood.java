package dev.migrations.autogenerate.model.otherschema;

import dev.migrations.autogenerate.model.Mood;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A table of another schema using a PostgreSQL named enum, which Hibernate creates in the default schema. */
@Entity
@Table(schema = "audit", name = "audited_mood")
public class AuditedMood {

    @Id
    public Long id;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    public Mood mood;
}
