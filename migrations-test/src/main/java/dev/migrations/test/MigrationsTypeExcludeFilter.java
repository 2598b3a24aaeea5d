package dev.migrations.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Leaves the application's components out of {@link MigrationsTest} unless its filters include them. */
final class MigrationsTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<MigrationsTest> {

    MigrationsTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
