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
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code trades}; deleted with its user (ON DELETE CASCADE). */
@Entity
@Table(name = "trades", indexes = {
        @Index(name = "idx_trades_bot_id", columnList = "bot_id"),
        @Index(name = "idx_trades_created_at", columnList = "created_at"),
        // "A user's trades, newest first"; its leading column also serves lookups by user_id alone.
        @Index(name = "idx_trades_user_created", columnList = "user_id, created_at")})
public class Trade {

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

    /** Null once the bot is deleted (ON DELETE SET NULL): the trade stays in the history. */
    @Column(name = "bot_id")
    private Long botId;

    /** The foreign key behind {@link #botId}, read-only like {@link #user}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id", insertable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private TradingBot bot;

    @Column(name = "symbol", nullable = false, length = 20)
    private String symbol;

    /**
     * A {@link TradeSide} by name, kept as the plain text the column is: {@code @Enumerated} (and a converter
     * alike) would have Hibernate expect a check constraint on the values, which the migrations did not make.
     */
    @Column(name = "side", nullable = false, length = 4)
    private String side;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 8)
    @Check(constraints = "quantity > 0")
    private BigDecimal quantity;

    @Column(name = "price", nullable = false, precision = 18, scale = 8)
    @Check(constraints = "price > 0")
    private BigDecimal price;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("CURRENT_TIMESTAMP")
    private Instant createdAt = Instant.now();

    protected Trade() {
    }

    public Trade(Long userId, Long botId, String symbol, TradeSide side, BigDecimal quantity, BigDecimal price) {
        this.userId = userId;
        this.botId = botId;
        this.symbol = symbol;
        this.side = side.name();
        this.quantity = quantity;
        this.price = price;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getBotId() {
        return botId;
    }

    public String getSymbol() {
        return symbol;
    }

    public TradeSide getSide() {
        return TradeSide.valueOf(side);
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
