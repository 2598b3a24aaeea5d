package dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "daily_totals")
public class DailyTotal {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public Long orders;

    @Column(length = 3)
    public String currency;
}
