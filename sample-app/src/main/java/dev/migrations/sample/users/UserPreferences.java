package dev.migrations.sample.users;

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

/** A row of {@code user_preferences}; deleted with its user (ON DELETE CASCADE). */
@Entity
@Table(name = "user_preferences",
        indexes = @Index(name = "idx_user_preferences_user_id", columnList = "user_id"))
public class UserPreferences {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(name = "theme", length = 50)
    private String theme;

    @Column(name = "notifications_enabled", nullable = false)
    @ColumnDefault("true")
    private boolean notificationsEnabled = true;

    /** Text until revision 44f55c7175f1 converted it with USING. */
    @Column(name = "daily_trade_limit")
    private Integer dailyTradeLimit;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("CURRENT_TIMESTAMP")
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
