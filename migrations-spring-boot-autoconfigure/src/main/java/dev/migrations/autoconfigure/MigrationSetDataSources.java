package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The DataSource each migration set runs on: for the default set the {@link MigrationsDataSource} one if there
 * is one, else the application's primary DataSource; for {@code migrations.sets.<name>} the bean named by its
 * {@code data-source}, or the default set's when it names none. A set's own URL, user or password
 * ({@link MigrationsConnection}) derive an unpooled DataSource from it.
 */
public final class MigrationSetDataSources {

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

    /** The DataSource the set's migrations connect with: its own connection settings applied to {@link #managed}. */
    DataSource of(String setName) {
        return setProperties(setName).connection().applyTo(managed(setName));
    }

    /**
     * The application's DataSource whose schema the set manages, as JPA and the other users of the schema see it;
     * null when the application has no DataSource at all, and the set's own URL serves instead.
     */
    DataSource managed(String setName) {
        MigrationsProperties.SetProperties set = setProperties(setName);
        if (MigrationSet.DEFAULT.equals(setName) || set.getDataSource() == null || set.getDataSource().isBlank()) {
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

    /**
     * The database the set's migrations connect to, for telling whether two sets share one: the URL where it can be
     * read (the set's own {@code url}, else its DataSource's), else the DataSource itself; null when it has neither.
     */
    Object location(String setName) {
        MigrationsConnection own = setProperties(setName).connection();
        if (own.url() != null) {
            return own.url();
        }
        DataSource dataSource = managed(setName);
        return dataSource == null ? null
                : MigrationsConnection.urlOf(dataSource).<Object>map(url -> url).orElse(dataSource);
    }

    /** Whether this is the DataSource whose schema the set manages ({@link #managed(String)}). */
    public boolean manages(String setName, DataSource dataSource) {
        return dataSource != null && dataSource == managed(setName);
    }

    /**
     * Whether this DataSource connects to the URL of the one the set manages: the same database, through another
     * DataSource (a {@code @MigrationsDataSource} of the schema's owner, say). False where either URL is unreadable.
     */
    public boolean managesUrlOf(String setName, DataSource dataSource) {
        DataSource managed = managed(setName);
        if (dataSource == null || managed == null) {
            return false;
        }
        Optional<String> url = MigrationsConnection.urlOf(dataSource);
        return url.isPresent() && url.equals(MigrationsConnection.urlOf(managed));
    }

    /**
     * The set's own URL ({@code migrations.url}, a set's {@code url}) where it names another database than the URL
     * of the DataSource the set manages, or one whose URL cannot be read (an embedded database); empty when the set
     * has no URL of its own, or no DataSource.
     */
    public Optional<String> ownUrlBesideItsDataSource(String setName) {
        String own = setProperties(setName).connection().url();
        DataSource managed = managed(setName);
        if (own == null || managed == null) {
            return Optional.empty();
        }
        return MigrationsConnection.urlOf(managed).filter(own::equals).isPresent() ? Optional.empty()
                : Optional.of(own);
    }

    /** {@link #managed(String)} of every configured set, the default one first. */
    List<DataSource> managed() {
        List<DataSource> all = new ArrayList<>();
        all.add(ofDefaultSet());
        for (String name : properties.getSets().keySet()) {
            all.add(managed(name));
        }
        all.removeIf(Objects::isNull);
        return all;
    }

    private MigrationsProperties.SetProperties setProperties(String setName) {
        MigrationsProperties.SetProperties set = properties.ofSet(setName);
        if (set == null) {
            throw new ConfigurationException("There is no migration set '" + setName + "': configure it under "
                    + "migrations.sets." + setName + ".");
        }
        return set;
    }

    private DataSource ofDefaultSet() {
        DataSource qualified = migrationsDataSource.getIfAvailable();
        if (qualified != null) {
            return qualified;
        }
        if (beanFactory.getBeanNamesForType(DataSource.class).length == 0) {
            return null;
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
