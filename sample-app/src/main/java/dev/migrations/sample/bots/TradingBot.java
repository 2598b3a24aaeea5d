package dev.migrations.sample.bots;

import dev.migrations.sample.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.time.Instant;

/** A row of {@code trading_bots}; deleted with its user (ON DELETE CASCADE). */
@Entity
@Table(name = "trading_bots", indexes = {
        @Index(name = "idx_trading_bots_user_id", columnList = "user_id"),
        // Partial on PostgreSQL (the scheduler reads active bots only); a full index on H2, which has no others.
        @Index(name = "ix_trading_bots_active_created_at", columnList = "created_at", options = "where is_active")})
public class TradingBot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    /** The foreign key behind {@link #userId}, which stays the writable side: read-only, never fetched here. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, insertable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "strategy", nullable = false, length = 50)
    private String strategy;

    @Column(name = "is_active", nullable = false)
    @ColumnDefault("true")
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("CURRENT_TIMESTAMP")
    private Instant createdAt = Instant.now();

    protected TradingBot() {
    }

    public TradingBot(Long userId, String name, String strategy) {
        this.userId = userId;
        this.name = name;
        this.strategy = strategy;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getStrategy() {
        return strategy;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void stop() {
        this.active = false;
    }
}
