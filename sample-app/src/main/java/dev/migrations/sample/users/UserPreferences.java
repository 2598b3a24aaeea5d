package dev.migrations.sample.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code user_preferences}; deleted with its user (ON DELETE CASCADE). */
@Entity
@Table(name = "user_preferences")
public class UserPreferences {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "theme", length = 50)
    private String theme;

    @Column(name = "notifications_enabled", nullable = false)
    private boolean notificationsEnabled = true;

    /** Text until revision 44f55c7175f1 converted it with USING. */
    @Column(name = "daily_trade_limit")
    private Integer dailyTradeLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected UserPreferences() {
    }

    public UserPreferences(User user, String theme, Integer dailyTradeLimit) {
        this.user = user;
        this.theme = theme;
        this.dailyTradeLimit = dailyTradeLimit;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getTheme() {
        return theme;
    }

    public boolean isNotificationsEnabled() {
        return notificationsEnabled;
    }

    public Integer getDailyTradeLimit() {
        return dailyTradeLimit;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
