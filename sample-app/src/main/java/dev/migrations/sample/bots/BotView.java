package dev.migrations.sample.bots;

import java.time.Instant;

/** What GET /bots shows of a bot. */
public record BotView(long id, long userId, String name, String strategy, boolean active, Instant createdAt) {

    static BotView of(TradingBot bot) {
        return new BotView(bot.getId(), bot.getUserId(), bot.getName(), bot.getStrategy(), bot.isActive(),
                bot.getCreatedAt());
    }
}
