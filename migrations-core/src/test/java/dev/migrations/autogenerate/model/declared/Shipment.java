package dev.migrations.autogenerate.model.declared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** Columns of an enum type the migrations create, named by the mapping, and a partial index. */
@Entity
@Table(indexes = @Index(name = "ix_shipment_undelivered_sent_at", columnList = "sent_at", options = "WHERE not delivered"))
public class Shipment {

    @Id
    @GeneratedValue
    public Long id;

    /** Named by the cast of the write expression, which PostgreSQL needs for a VARCHAR parameter. */
    @Enumerated(EnumType.STRING)
    @ColumnTransformer(write = "CAST(? AS shipment_state)")
    public ShipmentState state;

    /** Named by the column definition, and cast the PostgreSQL way. */
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "shipment_state")
    @ColumnTransformer(write = "?::shipment_state")
    public ShipmentState previousState;

    /** Cast to a type that is no enum type: an enum in a VARCHAR, as Hibernate maps it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    @ColumnTransformer(write = "CAST(? AS text)")
    public ShipmentState plainState;

    public boolean delivered;

    public Instant sentAt;
}
