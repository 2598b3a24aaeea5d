package dev.migrations.autogenerate.model.before;

public enum Level { LOW, HIGH }
