package dev.migrations.autogenerate.model.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Collate;
import org.hibernate.annotations.GeneratedColumn;

/** A keyword for a name, quoted in lower case; a generated column; a collation. */
@Entity
@Table(name = "\"order\"")
public class Order {

    @Id
    public Long id;

    public int quantity;

    public int price;

    @GeneratedColumn("price * quantity")
    public int total;

    @Collate("C")
    @Column(name = "\"Label\"")
    public String label;
}
