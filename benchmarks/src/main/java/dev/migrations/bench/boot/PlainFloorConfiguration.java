package dev.migrations.bench.boot;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * W3's floor: no migration tool; while the context starts, one bean reads the plain history table once through
 * the application's DataSource, as the tools' initializers do (which also starts the connection pool).
 */
@Configuration(proxyBeanMethods = false)
public class PlainFloorConfiguration {

    @Bean
    InitializingBean plainHistoryReader(DataSource dataSource) {
        return () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM plain_history")) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                if (rows == 0) {
                    throw new IllegalStateException("plain_history is empty: the database was not prepared");
                }
            }
        };
    }
}
