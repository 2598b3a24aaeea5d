package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.jpaapp.Item;
import dev.migrations.autoconfigure.jpaapp.ItemRepository;
import dev.migrations.autoconfigure.jpaapp.JpaTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataJpaTest} replaces the DataSource with an embedded one, and migrates it. */
@DataJpaTest
@ContextConfiguration(classes = JpaTestApplication.class)
class DataJpaSliceTest {

    @Autowired
    ItemRepository items;

    @Test
    void theSlicesEmbeddedDatabaseIsMigrated() {
        assertThat(items.findAll()).extracting(Item::getName).containsExactlyInAnyOrder("anvil", "rocket skates");
    }
}
