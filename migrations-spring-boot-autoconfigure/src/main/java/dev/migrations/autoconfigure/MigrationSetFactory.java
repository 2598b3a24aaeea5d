package dev.migrations.autoconfigure;

import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.MigrationException;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.index.IndexedMigration;
import dev.migrations.runtime.MigrationListener;
import dev.migrations.runtime.RunnerSettings;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds each {@link MigrationSet}: its migrations, its DataSource, the {@code migrations.*} properties, every
 * {@link MigrationListener} bean, then every {@link MigrationsCustomizer}. The revision graph is validated by the
 * start-up action when it has work to do, so an invalid one still fails the context.
 */
final class MigrationSetFactory {

    private final ConfigurableListableBeanFactory beanFactory;
    private final MigrationsProperties properties;
    private final MigrationSetDataSources dataSources;
    private final ObjectProvider<MigrationsCustomizer> customizers;
    private final ObjectProvider<MigrationListener> listeners;
    private final RunningRevision runningRevision;
    private final ObjectProvider<MigrationsBackup> backup;
    private final TenantSetFactory tenants;

    MigrationSetFactory(ConfigurableListableBeanFactory beanFactory, MigrationsProperties properties,
            MigrationSetDataSources dataSources, ObjectProvider<MigrationsCustomizer> customizers,
            ObjectProvider<MigrationListener> listeners, RunningRevision runningRevision,
            ObjectProvider<MigrationsBackup> backup, TenantSetFactory tenants) {
        this.backup = backup;
        this.tenants = tenants;
        this.beanFactory = beanFactory;
        this.properties = properties;
        this.dataSources = dataSources;
        this.customizers = customizers;
        this.listeners = listeners;
        this.runningRevision = runningRevision;
    }

    MigrationSet create(String name) {
        try {
            VersionTable table = versionTable(name);
            requireOwnVersionTable(name, table);
            DataSource dataSource = dataSources.of(name);
            Migrations.Builder builder = Migrations.builder(dataSource)
                    .table(table.name())
                    .schema(table.schema())
                    .lockTimeout(properties.getLockTimeout())
                    .statementTimeout(properties.getStatementTimeout())
                    .appliedBy(properties.getAppliedBy());
            // The builder's defaults stand wherever a property was set to nothing.
            ifSet(properties.getTransactionMode(), builder::transactionMode);
            ifSet(properties.getLockWaitTimeout(), builder::lockWaitTimeout);
            ifSet(properties.getOnChecksumMismatch(), builder::checksumPolicy);
            builder.backupSettings(backupSettings(dataSource));
            backup.ifAvailable(builder::backup);
            addMigrations(name, builder);
            listeners.orderedStream().forEach(builder::listener);
            customizers.orderedStream().forEach(customizer -> customizer.customize(name, builder));
            Migrations migrations = builder.build();
            return new MigrationSet(name, migrations, targetOf(name),
                    tenants.create(name, migrations, dataSource));
        } catch (MigrationException e) {
            throw new MigrationSetStartupException(name, List.of(), e);
        }
    }

    /**
     * The built-in backup's settings; its dump program connects with the DataSource's own password (a pool's
     * {@code password} property), read only when a backup is made.
     */
    private BackupSettings backupSettings(DataSource dataSource) {
        MigrationsProperties.BackupProperties backup = properties.getBackup();
        return new BackupSettings(Path.of(Objects.requireNonNullElse(backup.getDirectory(), "")), backup.getCommand(),
                () -> {
                    BeanWrapper pool = new BeanWrapperImpl(dataSource);
                    Object password = pool.isReadableProperty("password") ? pool.getPropertyValue("password") : null;
                    return password instanceof String text && !text.isEmpty() ? text : null;
                });
    }

    private static <T> void ifSet(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private String targetOf(String name) {
        String target = properties.ofSet(name).getTarget();
        return target == null || target.isBlank() ? "heads" : target;
    }

    private VersionTable versionTable(String name) {
        MigrationsProperties.SetProperties set = properties.ofSet(name);
        String schema = set.getSchema();
        return new VersionTable(schema == null || schema.isBlank() ? null : schema, orDefault(set.getTable()));
    }

    private static String orDefault(String table) {
        return table == null || table.isBlank() ? RunnerSettings.DEFAULT_TABLE : table;
    }

    /**
     * Two sets sharing one version table would each see the other's revisions as unknown to the code. Their
     * databases ({@link MigrationSetDataSources#location}) are compared only where the table's name is the same.
     */
    private void requireOwnVersionTable(String name, VersionTable table) {
        List<String> others = new ArrayList<>();
        others.add(MigrationSet.DEFAULT);
        others.addAll(properties.getSets().keySet());
        Object location = null;
        for (String other : others) {
            if (other.equals(name) || !versionTable(other).equals(table)) {
                continue;
            }
            location = location != null ? location : dataSources.location(name);
            if (location != null && location.equals(dataSources.location(other))) {
                throw new ConfigurationException("Migration sets '" + name + "' and '" + other + "' share the version "
                        + "table " + table.name() + " in one database: each set needs its own. Set migrations.sets."
                        + (MigrationSet.DEFAULT.equals(name) ? other : name) + ".table to another name.");
            }
        }
    }

    /**
     * The migrations this set owns: the discovered ones under its packages (or, for the default set, those no set
     * claims), each created only when its revision must run or be verified; then the migration beans the application
     * declared itself outside discovery, such as by a @Bean method.
     */
    private void addMigrations(String name, Migrations.Builder builder) {
        DiscoveredMigrations discovered = beanFactory.getBean(DiscoveredMigrations.class);
        Map<String, String> beanByClass = migrationBeansByClass();
        List<IndexedMigration> owned = new ArrayList<>();
        Set<String> discoveredClasses = new HashSet<>();
        for (IndexedMigration migration : discovered.migrations()) {
            discoveredClasses.add(migration.className());
            if (name.equals(owningSet(migration.packageName()))) {
                owned.add(migration);
            }
        }
        builder.indexedMigrations(owned, migration -> create(discovered, migration,
                beanByClass.get(migration.className())));
        List<MigrationScript> declaredElsewhere = new ArrayList<>();
        beanByClass.forEach((className, beanName) -> {
            if (!discoveredClasses.contains(className)
                    && name.equals(owningSet(ClassUtils.getPackageName(className)))) {
                declaredElsewhere.add(bean(beanName));
            }
        });
        builder.migrations(declaredElsewhere);
    }

    /** A discovered migration: the application's bean when it declared one, else made through its constructor. */
    private MigrationScript create(DiscoveredMigrations discovered, IndexedMigration migration, String beanName) {
        if (beanName != null) {
            return bean(beanName);
        }
        MigrationInstantiator instantiator = MigrationInstantiator.of(discovered.load(migration));
        MigrationScript script = (MigrationScript) instantiator.instantiate(beanFactory, null);
        return instantiator.takesRevisionJdbc() ? RevisionBoundMigration.wrap(script, runningRevision) : script;
    }

    private MigrationScript bean(String beanName) {
        MigrationScript migration = beanFactory.getBean(beanName, MigrationScript.class);
        return MigrationBeansRegistrar.takesRevisionJdbc(beanFactory, beanName)
                ? RevisionBoundMigration.wrap(migration, runningRevision) : migration;
    }

    /** Every migration bean, by the name of its class; the beans' types, not instances, are read. */
    private Map<String, String> migrationBeansByClass() {
        Map<String, String> byClass = new LinkedHashMap<>();
        for (String beanName : beanFactory.getBeanNamesForType(MigrationScript.class, true, false)) {
            Class<?> type = ClassUtils.getUserClass(Objects.requireNonNull(beanFactory.getType(beanName, false)));
            byClass.putIfAbsent(type.getName(), beanName);
        }
        return byClass;
    }

    /** The set whose packages hold {@code packageName} most closely; the default set when none does. */
    private String owningSet(String packageName) {
        String owner = MigrationSet.DEFAULT;
        int closest = -1;
        for (Map.Entry<String, MigrationsProperties.SetProperties> set : properties.getSets().entrySet()) {
            Optional<String> match = set.getValue().getPackages().stream()
                    .filter(p -> packageName.equals(p) || packageName.startsWith(p + "."))
                    .max(Comparator.comparingInt(String::length));
            if (match.isPresent() && match.get().length() > closest) {
                owner = set.getKey();
                closest = match.get().length();
            }
        }
        return owner;
    }

    /** Where in its database a set records its revisions. Identifiers are quoted, so case counts. */
    private record VersionTable(String schema, String name) {
    }
}
