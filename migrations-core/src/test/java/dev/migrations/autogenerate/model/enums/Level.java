package dev.migrations.autogenerate.model.enums;

public enum Level { LOW, MEDIUM, HIGH }
