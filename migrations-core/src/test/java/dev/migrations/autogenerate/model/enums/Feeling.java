package dev.migrations.autogenerate.model.enums;

public enum Feeling { HAPPY, SAD, CALM }
