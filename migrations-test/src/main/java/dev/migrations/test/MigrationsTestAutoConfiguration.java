package dev.migrations.test;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.autogenerate.HibernateSchemaValidation;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autoconfigure.command.MigrationsCheck;
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
                                      ObjectProvider<EntityModelComparator> entityModel,
                                      ObjectProvider<HibernateSchemaValidation> hibernateValidation) {
        Map<String, MigrationSet> byName = new LinkedHashMap<>();
        sets.orderedStream().forEach(set -> byName.put(set.name(), set));
        return new MigrationsChecks(byName, entityModel.getIfAvailable(),
                hibernateValidation.stream().map(MigrationsCheck.class::cast).toList());
    }
}
