package dev.migrations.autogenerate.model.declared;

/** Declared out of alphabetical order, as an enum type created from it keeps its values. */
public enum ShipmentState {
    PACKED, SENT, DELIVERED
}
