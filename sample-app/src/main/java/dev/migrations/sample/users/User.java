package dev.migrations.sample.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** A row of {@code users}, as the migrations leave it at head. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_created_at", columnList = "created_at"))
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_address", nullable = false, unique = true)
    private String emailAddress;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "full_name", length = 201)
    private String fullName;

    @Column(name = "email_verified", nullable = false)
    @ColumnDefault("false")
    private boolean emailVerified;

    /**
     * A column of the {@code user_status} enum type, written through a cast: PostgreSQL refuses a VARCHAR
     * parameter for an enum column, and the cast also suits H2, where the type is a domain. (Hibernate's
     * {@code NAMED_ENUM} binds right on PostgreSQL, but its schema validation refuses the H2 domain.) The cast
     * is also how autogenerate learns the column's type: {@code columnDefinition = "user_status"} would say the
     * same, but Hibernate's validation on H2 expects the domain's ENUM there.
     */
    @Enumerated(EnumType.STRING)
    @ColumnTransformer(write = "CAST(? AS user_status)")
    @Column(name = "status", nullable = false)
    @ColumnDefault("'PENDING'")
    private UserStatus status = UserStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("CURRENT_TIMESTAMP")
    private Instant createdAt = Instant.now();

    protected User() {
    }

    public User(String emailAddress, String firstName, String lastName) {
        this.emailAddress = emailAddress;
        this.firstName = firstName;
        this.lastName = lastName;
        this.fullName = fullName(firstName, lastName);
    }

    /** The same rule as the backfill revision's SQL, so old and new rows agree. */
    static String fullName(String firstName, String lastName) {
        return (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public Long getId() {
        return id;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void verifyEmail() {
        this.emailVerified = true;
        this.status = UserStatus.ACTIVE;
    }
}
