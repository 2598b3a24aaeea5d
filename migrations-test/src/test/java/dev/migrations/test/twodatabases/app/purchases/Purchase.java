package dev.migrations.test.twodatabases.app.purchases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "purchases")
public class Purchase {

    @Id
    public Long id;

    @Column(nullable = false, precision = 10, scale = 2)
    public BigDecimal total;
}
