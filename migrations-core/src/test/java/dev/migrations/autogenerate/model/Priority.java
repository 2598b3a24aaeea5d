package dev.migrations.autogenerate.model;

/** Stored by ordinal. */
public enum Priority { LOW, MEDIUM, HIGH }
