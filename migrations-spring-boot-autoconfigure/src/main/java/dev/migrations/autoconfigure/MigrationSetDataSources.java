package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The DataSource each migration set runs on: for the default set the {@link MigrationsDataSource} one if there
 * is one, else the application's primary DataSource; for {@code migrations.sets.<name>} the bean named by its
 * {@code data-source}, or the default set's when it names none.
 */
final class MigrationSetDataSources {

    private final ListableBeanFactory beanFactory;
    private final MigrationsProperties properties;
    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<DataSource> migrationsDataSource;

    MigrationSetDataSources(ListableBeanFactory beanFactory, MigrationsProperties properties,
            ObjectProvider<DataSource> dataSource, ObjectProvider<DataSource> migrationsDataSource) {
        this.beanFactory = beanFactory;
        this.properties = properties;
        this.dataSource = dataSource;
        this.migrationsDataSource = migrationsDataSource;
    }

    DataSource of(String setName) {
        if (MigrationSet.DEFAULT.equals(setName)) {
            return ofDefaultSet();
        }
        MigrationsProperties.SetProperties set = properties.getSets().get(setName);
        if (set == null) {
            throw new ConfigurationException("There is no migration set '" + setName + "': configure it under "
                    + "migrations.sets." + setName + ".");
        }
        if (set.getDataSource() == null || set.getDataSource().isBlank()) {
            return ofDefaultSet();
        }
        try {
            return beanFactory.getBean(set.getDataSource(), DataSource.class);
        } catch (NoSuchBeanDefinitionException e) {
            throw new ConfigurationException("migrations.sets." + setName + ".data-source names DataSource bean '"
                    + set.getDataSource() + "', which does not exist. DataSource beans: "
                    + String.join(", ", beanFactory.getBeanNamesForType(DataSource.class)) + ".", e);
        }
    }

    /** The DataSource of every configured set, the default one first. */
    List<DataSource> all() {
        List<DataSource> all = new ArrayList<>();
        all.add(ofDefaultSet());
        for (String name : properties.getSets().keySet()) {
            all.add(of(name));
        }
        return all;
    }

    private DataSource ofDefaultSet() {
        DataSource qualified = migrationsDataSource.getIfAvailable();
        if (qualified != null) {
            return qualified;
        }
        DataSource primary = dataSource.getIfUnique();
        if (primary == null) {
            throw new ConfigurationException("The default migration set has no DataSource: there are several DataSource "
                    + "beans (" + String.join(", ", beanFactory.getBeanNamesForType(DataSource.class)) + ") and none "
                    + "is @Primary. Mark one @Primary, or the one to migrate with @MigrationsDataSource.");
        }
        return primary;
    }
}
