package dev.migrations.autogenerate.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.annotations.GeneratedColumn;

/** @EmbeddedId whose order part is also a foreign key (@MapsId), named explicitly; a generated column. */
@Entity
public class OrderLine {

    @EmbeddedId
    public OrderLineId id;

    @MapsId("orderId")
    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(name = "fk_order_line_order"))
    public PurchaseOrder purchaseOrder;

    public int quantity;

    public int unitPrice;

    @GeneratedColumn("quantity * unit_price")
    public Integer lineTotal;
}
