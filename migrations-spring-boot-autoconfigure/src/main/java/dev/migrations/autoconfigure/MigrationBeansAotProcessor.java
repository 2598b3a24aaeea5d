package dev.migrations.autoconfigure;

import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragments;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragmentsDecorator;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.javapoet.ClassName;
import org.springframework.javapoet.CodeBlock;

import java.util.List;
import java.util.function.Predicate;

/**
 * Makes the beans {@link MigrationBeansRegistrar} declares part of an application processed ahead of time: their
 * suppliers are lambdas, which Spring's generated code cannot hold, so the code calls the
 * {@link MigrationBeanSuppliers} method each bean's recipe names instead, and keeps the attribute that says whether
 * a migration takes the running revision's JDBC accessors.
 */
final class MigrationBeansAotProcessor implements BeanRegistrationAotProcessor {

    @Override
    public BeanRegistrationAotContribution processAheadOfTime(RegisteredBean bean) {
        if (bean.getMergedBeanDefinition().getAttribute(MigrationBeanSuppliers.RECIPE)
                instanceof MigrationBeanSuppliers.Recipe recipe) {
            return BeanRegistrationAotContribution.withCustomCodeFragments(
                    fragments -> new RecipeCode(fragments, recipe));
        }
        return null;
    }

    private static final class RecipeCode extends BeanRegistrationCodeFragmentsDecorator {

        private final MigrationBeanSuppliers.Recipe recipe;

        RecipeCode(BeanRegistrationCodeFragments delegate, MigrationBeanSuppliers.Recipe recipe) {
            super(delegate);
            this.recipe = recipe;
        }

        @Override
        public ClassName getTarget(RegisteredBean bean) {
            return ClassName.get(bean.getBeanClass());
        }

        @Override
        public CodeBlock generateInstanceSupplierCode(GenerationContext context, BeanRegistrationCode code,
                boolean allowDirectSupplierShortcut) {
            return CodeBlock.of("$T.$L($L)", MigrationBeanSuppliers.class, recipe.method(), argument());
        }

        @Override
        public CodeBlock generateSetBeanDefinitionPropertiesCode(GenerationContext context, BeanRegistrationCode code,
                RootBeanDefinition definition, Predicate<String> attributeFilter) {
            return super.generateSetBeanDefinitionPropertiesCode(context, code, definition,
                    attributeFilter.or(MigrationBeansRegistrar.TAKES_REVISION_JDBC::equals));
        }

        private CodeBlock argument() {
            Object argument = recipe.argument();
            if (argument instanceof Class<?> type) {
                return CodeBlock.of("$T.class", type);
            }
            if (argument instanceof List<?> values) {
                return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(values.stream()
                        .map(value -> CodeBlock.of("$S", value)).toList(), ", "));
            }
            return CodeBlock.of("$S", argument);
        }
    }
}
