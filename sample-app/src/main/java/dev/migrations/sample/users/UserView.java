package dev.migrations.sample.users;

import java.time.Instant;

/** What GET /users shows of a user: plain values, read inside the repository call. */
public record UserView(long id, String emailAddress, String fullName, boolean emailVerified, UserStatus status,
                       Instant createdAt) {

    static UserView of(User user) {
        return new UserView(user.getId(), user.getEmailAddress(), user.getFullName(), user.isEmailVerified(),
                user.getStatus(), user.getCreatedAt());
    }
}
