package dev.migrations.autoconfigure.nodatasource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with no JDBC DataSource of its own, as one on R2DBC; its tests exclude Boot's DataSource. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class NoDataSourceApplication {
}
