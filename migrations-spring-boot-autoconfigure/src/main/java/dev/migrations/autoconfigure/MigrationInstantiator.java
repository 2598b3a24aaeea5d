package dev.migrations.autoconfigure;

import dev.migrations.error.MigrationDefinitionException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCurrentlyInCreationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.Environment;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a migration bean through its constructor. Every argument is autowired as usual, except the JDBC
 * accessors ({@link RevisionJdbcAccessors}), which get the running revision's connection: the application's own
 * JdbcTemplate waits for the migrations, so it cannot be handed to one.
 */
final class MigrationInstantiator {

    /** Command mode's lean start (MigrationsCommandRunListener.LEAN, named here so as not to depend on it). */
    private static final String LEAN = "migrations.command-line.lean";

    private final Constructor<?> constructor;

    private MigrationInstantiator(Constructor<?> constructor) {
        this.constructor = constructor;
    }

    static MigrationInstantiator of(Class<?> type) {
        return new MigrationInstantiator(constructorOf(type));
    }

    /** Whether the migration takes a JDBC accessor, and so must run with its revision's connection bound. */
    boolean takesRevisionJdbc() {
        return Arrays.stream(constructor.getParameterTypes()).anyMatch(RevisionJdbcAccessors::isAccessor);
    }

    /** @param beanName the migration's bean, or null for a migration a set creates without declaring a bean */
    Object instantiate(ConfigurableListableBeanFactory beanFactory, String beanName) {
        Object[] arguments = new Object[constructor.getParameterCount()];
        RevisionJdbcAccessors accessors = null;
        for (int i = 0; i < arguments.length; i++) {
            MethodParameter parameter = new MethodParameter(constructor, i);
            if (RevisionJdbcAccessors.isAccessor(parameter.getParameterType())) {
                if (accessors == null) {
                    accessors = new RevisionJdbcAccessors(beanFactory.getBean(RunningRevision.class));
                }
                arguments[i] = accessors.create(parameter.getParameterType());
            } else {
                arguments[i] = autowire(beanFactory, beanName, parameter);
            }
        }
        ReflectionUtils.makeAccessible(constructor);
        return BeanUtils.instantiateClass(constructor, arguments);
    }

    private static Object autowire(ConfigurableListableBeanFactory beanFactory, String beanName,
            MethodParameter parameter) {
        DependencyDescriptor descriptor = new DependencyDescriptor(parameter, true);
        Set<String> autowiredBeanNames = new LinkedHashSet<>();
        Object argument;
        try {
            argument = beanFactory.resolveDependency(descriptor, beanName, autowiredBeanNames, null);
        } catch (NoSuchBeanDefinitionException e) {
            throw missing(beanFactory, parameter, e, e);
        } catch (BeansException e) {
            // The argument exists but cannot be made: a bean it needs, in turn, is missing or waits for migrations.
            NoSuchBeanDefinitionException missingBean = causeOf(e, NoSuchBeanDefinitionException.class);
            if (missingBean != null) {
                throw missing(beanFactory, parameter, missingBean, e);
            }
            if (causeOf(e, BeanCurrentlyInCreationException.class) != null) {
                throw waitsForMigrations(parameter, e);
            }
            throw e;
        }
        if (beanName != null) {
            // Registered so that the context destroys the migration before what it uses.
            autowiredBeanNames.forEach(name -> beanFactory.registerDependentBean(name, beanName));
        }
        return argument;
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * A migration that runs on start-up takes a bean built on the database (a service over a JdbcTemplate, a
     * repository): that bean waits for the migrations, so it cannot exist before they run. Said in the migration's
     * terms: Spring's own report of the cycle advises allowing circular references, which cannot help here.
     */
    private static MigrationDefinitionException waitsForMigrations(MethodParameter parameter, BeansException failure) {
        return new MigrationDefinitionException("Migration class " + parameter.getDeclaringClass().getName()
                + " needs a " + parameter.getParameterType().getName() + " in its constructor, which cannot be made "
                + "before the migrations run: it is built on beans that use the database (a JdbcTemplate, a "
                + "repository, an EntityManagerFactory), and those wait for the migrations. Take a JdbcTemplate, "
                + "NamedParameterJdbcTemplate, JdbcOperations or JdbcClient in the migration's constructor instead: "
                + "it is bound to the running revision's connection. Or migrate before the application starts, "
                + "where its beans exist: `java -jar app.jar migrations upgrade` (a Kubernetes Job, say), with "
                + "migrations.on-startup=validate for the application.", failure);
    }

    /**
     * A migration's constructor asks for a bean there is none of, or for one that needs such a bean: perhaps one
     * lean command mode leaves out.
     */
    private static MigrationDefinitionException missing(ConfigurableListableBeanFactory beanFactory,
            MethodParameter parameter, NoSuchBeanDefinitionException missingBean, BeansException failure) {
        boolean lean = beanFactory.getBean(Environment.class).getProperty(LEAN, Boolean.class, false);
        String argument = parameter.getParameterType().getName();
        String absent = missingBean.getResolvableType() != null ? missingBean.getResolvableType().toString()
                : "bean named '" + missingBean.getBeanName() + "'";
        String needs = argument.equals(absent) ? "a " + argument + " in its constructor"
                : "a " + argument + " in its constructor, which needs a " + absent;
        return new MigrationDefinitionException("Migration class " + parameter.getDeclaringClass().getName()
                + " needs " + needs + ", and there is no such bean" + (lean ? " in command mode's lean start, which "
                + "leaves out JPA, the web server, Actuator and metrics (and transactions, when the command runs no "
                + "migration): run the command with --" + LEAN + "=false (or set it in the application's "
                + "configuration)." : ": declare one, or take what the migration needs another way."), failure);
    }

    /** The single constructor, the one marked {@code @Autowired}, or the no-argument one. */
    private static Constructor<?> constructorOf(Class<?> type) {
        List<Constructor<?>> autowired = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(Autowired.class))
                .toList();
        if (autowired.size() == 1) {
            return autowired.get(0);
        }
        try {
            return BeanUtils.getResolvableConstructor(type);
        } catch (IllegalStateException e) {
            throw new MigrationDefinitionException("Migration class " + type.getName() + " has several constructors "
                    + "and none is the obvious one: mark the one to use with @Autowired, or keep one.", e);
        }
    }
}
