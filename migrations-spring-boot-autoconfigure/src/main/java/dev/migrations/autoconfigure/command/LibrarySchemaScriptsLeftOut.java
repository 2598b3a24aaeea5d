package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.init.DatabaseInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * In command mode, keeps the schema scripts of the application's libraries from running: Spring Batch's, Quartz's,
 * Spring Session's and Spring Integration's (any initializer configured by {@link DatabaseInitializationProperties},
 * {@code spring.batch.jdbc.initialize-schema} and the like; Spring Modulith's has a property of its own, which
 * command mode turns off). A command changes the schema through migrations only: {@code check} and
 * {@code revision --autogenerate}, which start the whole application, would otherwise create those tables on the
 * database they compare.
 */
final class LibrarySchemaScriptsLeftOut implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DatabaseInitializationProperties properties) {
            properties.setInitializeSchema(DatabaseInitializationMode.NEVER);
        }
        return bean;
    }
}
