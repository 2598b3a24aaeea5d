package dev.migrations.test.twodatabases.app.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "daily_totals")
public class DailyTotal {

    @Id
    public LocalDate day;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;

    @Column(nullable = false, length = 3)
    public String currency;
}
