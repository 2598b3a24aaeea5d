package dev.migrations.autogenerate.model.before;

public enum Feeling { HAPPY, SAD }
