package dev.migrations.autoconfigure;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fails the start when a property under {@code migrations.*} is one nothing binds. Boot ignores unknown keys, so a
 * typo such as {@code migrations.on-start-up=validate} would otherwise silently keep the default.
 * <p>
 * The valid names are those of every {@code @ConfigurationProperties} bean whose prefix is under
 * {@code migrations}; it runs after every bean definition is known and before any bean is created.
 */
final class MigrationsPropertyNamesCheck implements BeanFactoryPostProcessor {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("migrations");

    private final Environment environment;

    MigrationsPropertyNamesCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // The beans Boot registers for @EnableConfigurationProperties are named "<prefix>-<class>", so those under
        // migrations.* are found without asking every bean for its annotations; all are asked only on a doubt.
        KnownPropertyNames likely = knownNames(beanFactory, beanName -> beanName.startsWith("migrations"));
        if (unknownNames(likely).isEmpty()) {
            return;
        }
        KnownPropertyNames known = knownNames(beanFactory, beanName -> true);
        Set<ConfigurationPropertyName> reported = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            boolean environment = source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
            for (ConfigurationPropertyName name : iterable.stream().filter(ROOT::isAncestorOf)
                    .filter(name -> !(environment && isKubernetesServiceLink(name))).toList()) {
                if (!known.isKnown(name) && reported.add(name)) {
                    unknown.add(describe(name, source.getConfigurationProperty(name), known.nearest(name)));
                }
            }
        }
        if (!reported.isEmpty()) {
            ConfigurationPropertyName first = reported.iterator().next();
            String suggestion = known.nearest(first);
            throw new UnknownPropertyException(first.toString(), suggestion, "Unknown propert"
                    + (unknown.size() > 1 ? "ies" : "y") + " under migrations.*:\n  " + String.join("\n  ", unknown)
                    + "\nValid properties: " + String.join(", ", known.all()) + ".");
        }
    }

    /**
     * Kubernetes gives every pod MIGRATIONS_SERVICE_HOST, MIGRATIONS_PORT_8080_TCP and the like when a Service named
     * "migrations" exists in its namespace; they bind under migrations.* without being meant for it.
     */
    private static boolean isKubernetesServiceLink(ConfigurationPropertyName name) {
        String first = name.getNumberOfElements() > 1 ? name.getElement(1, ConfigurationPropertyName.Form.UNIFORM) : "";
        return first.equals("service") || first.equals("port");
    }

    private static String describe(ConfigurationPropertyName name, ConfigurationProperty property, String nearest) {
        return name + (property == null || property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")")
                + (nearest == null ? "" : ": did you mean " + nearest + "?");
    }

    /** The names under migrations.* of every property source that {@code known} does not know. */
    private List<ConfigurationPropertyName> unknownNames(KnownPropertyNames known) {
        List<ConfigurationPropertyName> unknown = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().filter(ROOT::isAncestorOf).filter(name -> !known.isKnown(name))
                        .forEach(unknown::add);
            }
        }
        return unknown;
    }

    private static KnownPropertyNames knownNames(ConfigurableListableBeanFactory beanFactory,
                                                 Predicate<String> beanNames) {
        KnownPropertyNames known = new KnownPropertyNames().add("migrations", MigrationsProperties.class);
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            if (!beanNames.test(beanName)) {
                continue;
            }
            ConfigurationProperties annotation;
            Class<?> type;
            try {
                annotation = beanFactory.findAnnotationOnBean(beanName, ConfigurationProperties.class, false);
                type = annotation == null ? null : beanFactory.getType(beanName, false);
            } catch (BeansException e) {
                continue; // a bean whose type cannot be told yet binds nothing under migrations.* that we know of
            }
            if (type == null) {
                continue;
            }
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(prefix);
            if (name != null && (ROOT.equals(name) || ROOT.isAncestorOf(name))) {
                known.add(prefix, ClassUtils.getUserClass(type));
            }
        }
        return known;
    }
}
