package dev.migrations.autoconfigure;

import dev.migrations.Migration;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.MigrationScript;
import dev.migrations.error.OfflineModeException;
import dev.migrations.ops.Operations;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.AopConfigException;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Wraps a migration that takes a JDBC accessor so that, while its upgrade or downgrade runs, the accessor uses
 * that call's {@code op.connection()}. Binding lazily keeps the core's rules: while checksums are computed or
 * offline SQL is rendered, {@code op.connection()} refuses, so JDBC work is neither run nor checksummed there.
 * <p>
 * The wrapper subclasses the migration (the core finds {@code @Migration} on superclasses too), so the class must
 * not be final.
 */
final class RevisionBoundMigration {

    private RevisionBoundMigration() {
    }

    static MigrationScript wrap(MigrationScript migration, RunningRevision runningRevision) {
        Class<?> type = ClassUtils.getUserClass(migration);
        if (Modifier.isFinal(type.getModifiers())) {
            throw new MigrationDefinitionException("Migration class " + type.getName() + " takes a JdbcTemplate, "
                    + "NamedParameterJdbcTemplate or JdbcClient, so it is subclassed to run them on its revision's "
                    + "connection: make it non-final.");
        }
        ProxyFactory factory = new ProxyFactory(migration);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new BindRevisionConnection(runningRevision, overridesDowngrade(type), type));
        try {
            return (MigrationScript) factory.getProxy(type.getClassLoader());
        } catch (AopConfigException e) {
            throw new MigrationDefinitionException("Migration class " + type.getName() + " takes a JDBC accessor but "
                    + "cannot be subclassed to bind it to its revision's connection: " + e.getMessage(), e);
        }
    }

    private static boolean overridesDowngrade(Class<?> type) {
        Method downgrade = ReflectionUtils.findMethod(type, "downgrade", Operations.class);
        return downgrade != null && downgrade.getDeclaringClass() != MigrationScript.class;
    }

    private record BindRevisionConnection(RunningRevision runningRevision, boolean ownDowngrade, Class<?> type)
            implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = invocation.getMethod();
            boolean step = method.getParameterCount() == 1 && method.getParameterTypes()[0] == Operations.class
                    && (method.getName().equals("upgrade") || method.getName().equals("downgrade"));
            if (!step) {
                return invocation.proceed();
            }
            Operations op = (Operations) invocation.getArguments()[0];
            return runningRevision.runWith(connectionFor(method, op), invocation::proceed);
        }

        /**
         * A derived downgrade replays the upgrade only to record its operations; JDBC work in it cannot be
         * reversed, so it is refused as {@code op.connection()} is there.
         */
        private Supplier<Connection> connectionFor(Method method, Operations op) {
            if (method.getName().equals("downgrade") && !ownDowngrade) {
                return () -> {
                    throw new OfflineModeException(revision(), "Revision " + revision() + " (" + type.getName()
                            + ") uses a JDBC accessor in its upgrade, so its downgrade cannot be derived: write "
                            + "downgrade(Operations op).");
                };
            }
            return op::connection;
        }

        private String revision() {
            Migration migration = type.getAnnotation(Migration.class);
            return migration == null ? "?" : migration.revision();
        }
    }
}
