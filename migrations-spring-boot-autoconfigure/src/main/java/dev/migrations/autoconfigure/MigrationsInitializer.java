package dev.migrations.autoconfigure;

import dev.migrations.error.MigrationException;
import org.springframework.beans.factory.InitializingBean;

import java.util.Comparator;
import java.util.List;

/**
 * Runs each migration set's start-up action while the context starts. Boot's database-initialization SPI
 * ({@link MigrationsInitializerDatabaseInitializerDetector}) makes every bean that uses the database depend on
 * this one, so they are created only after it.
 */
public class MigrationsInitializer implements InitializingBean {

    private final List<MigrationSet> sets;
    private final MigrationsStrategy strategy;

    /**
     * @param sets the sets, in the order they run, except that the sets with tenants run after the others: the
     *        tables every tenant shares (the tenant registry a {@code MigrationTenants} bean reads) exist before the
     *        tenants are asked for
     * @param strategy what each set does: the application's {@link MigrationsStrategy}, or what
     *        {@code migrations.on-startup} says
     */
    public MigrationsInitializer(List<MigrationSet> sets, MigrationsStrategy strategy) {
        this.sets = sets.stream().sorted(Comparator.comparing(set -> set.tenants() != null)).toList();
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        for (MigrationSet set : sets) {
            try {
                strategy.migrate(set);
            } catch (MigrationSetStartupException e) {
                throw e;
            } catch (MigrationException e) {
                throw new MigrationSetStartupException(set.name(), set.migrations().graph().heads(), e);
            }
        }
    }
}
