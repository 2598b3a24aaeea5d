package dev.migrations.sample;

import dev.migrations.sample.bots.Trade;
import dev.migrations.sample.bots.TradeRepository;
import dev.migrations.sample.bots.TradeSide;
import dev.migrations.sample.bots.TradingBot;
import dev.migrations.sample.bots.TradingBotRepository;
import dev.migrations.sample.users.User;
import dev.migrations.sample.users.UserRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/**
 * Gives a fresh database something to show at GET /users and GET /bots. It runs after the context is
 * refreshed, so after the migrations: JPA finds the schema at head. Only in the web application, never in
 * command mode ({@code java -jar sample-app.jar migrations ...}), where the schema may be anywhere.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "sample.demo-data", matchIfMissing = true)
public class DemoData implements CommandLineRunner {

    static final String DEMO_EMAIL = "ada@example.com";

    private final UserRepository users;
    private final TradingBotRepository bots;
    private final TradeRepository trades;

    public DemoData(UserRepository users, TradingBotRepository bots, TradeRepository trades) {
        this.users = users;
        this.bots = bots;
        this.trades = trades;
    }

    @Override
    @Transactional
    public void run(String... args) {
        if (users.count() > 0) {
            return;
        }
        User ada = users.save(new User(DEMO_EMAIL, "Ada", "Lovelace"));
        TradingBot grid = bots.save(new TradingBot(ada.getId(), "grid-btc", "grid"));
        TradingBot momentum = bots.save(new TradingBot(ada.getId(), "momentum-eth", "momentum"));
        momentum.stop();
        trades.save(new Trade(ada.getId(), grid.getId(), "BTC-USD", TradeSide.BUY, new BigDecimal("0.25"),
                new BigDecimal("64000.00")));
    }
}
