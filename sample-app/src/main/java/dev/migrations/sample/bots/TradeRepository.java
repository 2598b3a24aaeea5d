package dev.migrations.sample.bots;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TradeRepository extends JpaRepository<Trade, Long> {

    /** Served by the composite index idx_trades_user_created. */
    List<Trade> findByUserIdOrderByCreatedAtDesc(Long userId);
}
