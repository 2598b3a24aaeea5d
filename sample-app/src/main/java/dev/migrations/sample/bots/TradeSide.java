package dev.migrations.sample.bots;

/** The values the check constraint on {@code trades.side} allows. */
public enum TradeSide {
    BUY, SELL
}
