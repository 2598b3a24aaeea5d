package dev.migrations.runtime;

public enum Direction {
    UPGRADE, DOWNGRADE
}
