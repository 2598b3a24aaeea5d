package dev.migrations.autogenerate.model;

import jakarta.persistence.Entity;

@Entity
public class Receipt extends Document {

    public String signedBy;
}
