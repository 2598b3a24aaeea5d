package dev.migrations.autogenerate.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** @EmbeddedId whose order part is also a foreign key (@MapsId). */
@Entity
public class OrderLine {

    @EmbeddedId
    public OrderLineId id;

    @MapsId("orderId")
    @ManyToOne
    public PurchaseOrder purchaseOrder;

    public int quantity;
}
