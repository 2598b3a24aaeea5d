package dev.migrations.autogenerate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.time.LocalDateTime;

/** Indexes (one descending, one unique), a named and an unnamed unique constraint, an FK with ON DELETE CASCADE. */
@Entity
@Table(indexes = {
        @Index(name = "ix_purchase_order_placed", columnList = "placed_at desc, customer_id"),
        @Index(name = "ix_purchase_order_reference", columnList = "reference", unique = true)},
        uniqueConstraints = {
                @UniqueConstraint(name = "uq_purchase_order_number", columnNames = "order_number"),
                @UniqueConstraint(columnNames = {"customer_id", "note"})})
public class PurchaseOrder {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 30)
    public String orderNumber;

    @Column(length = 40)
    public String reference;

    public String note;

    public LocalDateTime placedAt;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Customer customer;
}
