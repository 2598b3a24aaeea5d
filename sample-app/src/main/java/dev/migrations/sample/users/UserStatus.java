package dev.migrations.sample.users;

/** The values of the {@code user_status} enum type; stored by name. */
public enum UserStatus {
    PENDING, ACTIVE, SUSPENDED
}
