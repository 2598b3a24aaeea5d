package dev.migrations.sample.bots;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TradingBotRepository extends JpaRepository<TradingBot, Long> {

    /** Served by the partial index ix_trading_bots_active_created_at on PostgreSQL. */
    List<TradingBot> findByActiveTrueOrderByCreatedAtAsc();

    List<TradingBot> findAllByOrderByIdAsc();
}
