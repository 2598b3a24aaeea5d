package dev.migrations.autogenerate.model;

/** Stored in a PostgreSQL named enum type. */
public enum Mood { HAPPY, SAD, CALM }
