package dev.migrations.test;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@link MigrationsChecks} of {@link MigrationsTest}. */
@AutoConfiguration(afterName = {"dev.migrations.autoconfigure.MigrationsAutoConfiguration",
        "dev.migrations.autoconfigure.autogenerate.MigrationsAutogenerateAutoConfiguration"})
public final class MigrationsTestAutoConfiguration {

    @Bean
    MigrationsChecks migrationsChecks(ObjectProvider<MigrationSet> sets,
                                      ObjectProvider<EntityModelComparator> entityModel) {
        Map<String, MigrationSet> byName = new LinkedHashMap<>();
        sets.orderedStream().forEach(set -> byName.put(set.name(), set));
        return new MigrationsChecks(byName, entityModel.getIfAvailable());
    }
}
