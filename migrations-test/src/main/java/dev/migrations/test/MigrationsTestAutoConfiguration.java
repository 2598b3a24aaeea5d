package dev.migrations.test;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationSetDataSources;
import dev.migrations.autoconfigure.autogenerate.HibernateSchemaValidation;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autoconfigure.command.MigrationsCheck;
import dev.migrations.error.ConfigurationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@link MigrationsChecks} of {@link MigrationsTest}. */
@AutoConfiguration(afterName = {"dev.migrations.autoconfigure.MigrationsAutoConfiguration",
        "dev.migrations.autoconfigure.autogenerate.MigrationsAutogenerateAutoConfiguration"})
public final class MigrationsTestAutoConfiguration {

    /**
     * The checks downgrade to base: a set whose own URL (from the application's configuration, say) names another
     * database than the test's DataSource would have them run there, destroying what it holds. Refused, naming it.
     */
    @Bean
    MigrationsChecks migrationsChecks(ObjectProvider<MigrationSet> sets, MigrationSetDataSources dataSources,
                                      ObjectProvider<EntityModelComparator> entityModel,
                                      ObjectProvider<HibernateSchemaValidation> hibernateValidation) {
        Map<String, MigrationSet> byName = new LinkedHashMap<>();
        sets.orderedStream().forEach(set -> byName.put(set.name(), set));
        byName.keySet().forEach(name -> dataSources.ownUrlBesideItsDataSource(name).ifPresent(url -> {
            String property = MigrationSet.DEFAULT.equals(name) ? "migrations.url" : "migrations.sets." + name + ".url";
            throw new ConfigurationException("@MigrationsTest would run the checks of migration set '" + name
                    + "' on " + url + " (" + property + "), not on the test's DataSource: they downgrade to base, and "
                    + "would destroy what that database holds. In the test, set " + property + " to the test's "
                    + "database, or to nothing (@MigrationsTest(properties = \"" + property + "=\")) to run them on "
                    + "the test's DataSource.");
        }));
        return new MigrationsChecks(byName, entityModel.getIfAvailable(),
                hibernateValidation.stream().map(MigrationsCheck.class::cast).toList());
    }
}
