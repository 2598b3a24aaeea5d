package dev.migrations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.migrations.dialect.Dialect;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the core as the design draws them, checked on the compiled classes: each package uses only the
 * packages below it, and only the dialect knows which database it is.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.migrations");

    /**
     * Top to bottom: the commands and the tenant sets (clients of the API, as Alembic's command module is of its script directory
     * and migration context), the API, autogenerate, the runner; the graph, the dialects and the schema model
     * side by side (a dialect holds its database's schema reader, so it may use the model); the operations; the
     * errors, which use nothing of the project.
     */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("command").definedBy("dev.migrations.command..")
                .layer("tenant").definedBy("dev.migrations.tenant..")
                .layer("api").definedBy("dev.migrations")
                .layer("index").definedBy("dev.migrations.index..")
                .layer("autogenerate").definedBy("dev.migrations.autogenerate..")
                .layer("runtime").definedBy("dev.migrations.runtime..")
                .layer("graph").definedBy("dev.migrations.graph..")
                .layer("dialect").definedBy("dev.migrations.dialect..")
                .layer("schema").definedBy("dev.migrations.schema..")
                .layer("ops").definedBy("dev.migrations.ops..")
                .layer("backup").definedBy("dev.migrations.backup..")
                .layer("error").definedBy("dev.migrations.error..")
                .whereLayer("command").mayNotBeAccessedByAnyLayer()
                // One migration set fanned out to many tenants: a client of the API, beside the commands.
                .whereLayer("tenant").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("command", "tenant")
                // The build-time index reads @Migration by name, so the facade can build from it.
                .whereLayer("index").mayOnlyBeAccessedByLayers("command", "api")
                .whereLayer("autogenerate").mayOnlyBeAccessedByLayers("command", "api")
                .whereLayer("runtime").mayOnlyBeAccessedByLayers("command", "tenant", "api", "autogenerate")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("command", "tenant", "api", "autogenerate", "runtime")
                .whereLayer("dialect").mayOnlyBeAccessedByLayers("command", "api", "autogenerate", "runtime")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("command", "api", "autogenerate", "runtime", "dialect")
                .whereLayer("ops").mayOnlyBeAccessedByLayers("command", "api", "autogenerate", "runtime", "graph",
                        "dialect", "schema")
                // What a backup is and how a dump program runs; each dialect holds its database's own backup.
                .whereLayer("backup").mayOnlyBeAccessedByLayers("command", "tenant", "api", "runtime", "dialect")
                .whereLayer("error").mayOnlyBeAccessedByLayers("backup", "command", "tenant", "api", "autogenerate", "runtime",
                        "graph",
                        "dialect", "schema", "ops");
        layers.check(CORE);
    }

    @Test
    void noPackagesDependOnEachOtherInALoop() {
        slices().matching("dev.migrations.(*)..").should().beFreeOfCycles().check(CORE);
    }

    /** Everything else asks the {@link Dialect} interface; which database it is stays inside the dialect package. */
    @Test
    void onlyTheDialectPackageKnowsTheDatabases() {
        noClasses().that().resideOutsideOfPackage("dev.migrations.dialect..")
                .should().dependOnClassesThat(assignableTo(Dialect.class).and(not(equivalentTo(Dialect.class))))
                .because("a database is added by writing its dialect, not by editing the layers that use one")
                .check(CORE);
    }

    @Test
    void noneButTheEntityModelReaderAsksWhichDatabaseHibernateTargets() {
        noClasses().that().resideOutsideOfPackage("dev.migrations.dialect..")
                // Known exception: which Hibernate dialect creates named enum types (and the casts beside them) is
                // Hibernate's behaviour, read from its metadata, before any of our dialects is known. Moving it
                // would take a Dialect method that receives Hibernate's dialect, putting Hibernate in that layer.
                .and().doNotHaveFullyQualifiedName("dev.migrations.autogenerate.HibernateTypeMapping")
                .should().dependOnClassesThat(assignableTo(org.hibernate.dialect.Dialect.class)
                        .and(not(equivalentTo(org.hibernate.dialect.Dialect.class))))
                .check(CORE);
    }
}
