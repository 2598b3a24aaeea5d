package dev.migrations.sample;

import dev.migrations.Migrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story as {@code migrations upgrade head --sql} writes it for a DBA to review, with no database: every
 * operation, the backfill included, has its SQL.
 */
class StoryOfflineSqlTest {

    private final Migrations postgres = Migrations.offline().dialect("postgresql")
            .migrations(StoryRevisions.all()).build();

    @Test
    void upgradeSqlForPostgresSpellsOutEveryStepOfTheStory() {
        String sql = postgres.upgradeSql("heads");

        assertThat(sql)
                .contains("CONSTRAINT \"fk_user_preferences_user_id_users\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE")
                .contains("ADD COLUMN \"email_verified\" BOOLEAN DEFAULT FALSE NOT NULL")
                .contains("UPDATE \"users\" SET full_name = TRIM(CONCAT(COALESCE(first_name, ''), ' ', COALESCE(last_name, '')))"
                        + " WHERE full_name IS NULL")
                .contains("RENAME COLUMN \"email\" TO \"email_address\"")
                .contains("TYPE INTEGER USING CAST(NULLIF(TRIM(daily_trade_limit), '') AS INTEGER)")
                .contains("CREATE INDEX \"idx_trades_user_created\" ON \"trades\" (\"user_id\", \"created_at\")")
                .contains("CREATE INDEX \"ix_trading_bots_active_created_at\" ON \"trading_bots\" (\"created_at\") WHERE is_active")
                .contains("CREATE TYPE \"user_status\" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED')")
                .contains("-- Running upgrade 8954db9ec6a3, 2839fc312f95 -> e7f6ada0098e, merge heads")
                .contains("-- Running upgrade <base> -> 1c1c0a18f115, create users table");
    }

    @Test
    void downgradeSqlForPostgresUndoesTheStoryDownToBase() {
        String sql = postgres.downgradeSql("heads:base");

        assertThat(sql)
                .contains("DROP TYPE \"user_status\"")
                .contains("RENAME COLUMN \"email_address\" TO \"email\"")
                .contains("ALTER TABLE \"users\" DROP COLUMN \"full_name\"")
                .contains("DROP TABLE \"users\"")
                .contains("-- Running downgrade 1c1c0a18f115 -> <base>, create users table");
        assertThat(sql.indexOf("DROP TABLE \"trades\"")).isLessThan(sql.indexOf("DROP TABLE \"users\""));
    }
}
