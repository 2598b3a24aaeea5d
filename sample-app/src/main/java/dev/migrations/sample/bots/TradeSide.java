package dev.migrations.sample.bots;

/** The side of a trade, stored by name in {@code trades.side} (a {@code varchar(4)} without a check). */
public enum TradeSide {
    BUY, SELL
}
