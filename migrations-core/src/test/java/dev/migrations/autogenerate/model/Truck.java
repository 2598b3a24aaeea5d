package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class Truck extends Vehicle {

    public BigDecimal payloadTons;
}
