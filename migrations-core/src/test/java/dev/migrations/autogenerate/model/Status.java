package dev.migrations.autogenerate.model;

/** Stored by name in a VARCHAR column with a check. */
public enum Status { DRAFT, ACTIVE, ARCHIVED }
