package dev.migrations.bench.autogen;

/** The measured steps of one autogenerate run, in order; each is a phase of the result line. */
public enum Step {

    METADATA("metadata", "1. Hibernate metadata",
            "Hibernate's boot model of the entities, built offline (`EntityMetadata.build`): the entity classes' "
                    + "loading and Hibernate's bootstrap included, and closing its registry"),
    MODEL_READ("model_read", "2. model read", "the target schema read from it (`HibernateModelReader.read`)"),
    CONNECT("connect", "connect", "one connection opened, the dialect detected (`Dialects.detect`)"),
    LIVE_READ("live_read", "3. live read", "the database's schema read from its catalog (`SchemaReader.read`)"),
    COMPARE("compare", "4. compare", "the two compared (`SchemaComparator.compare`), giving the operations"),
    RENDER("render", "5. render", "the migration class rendered to Java source (`GeneratedMigration.of(...).source()`)");

    private final String key;
    private final String label;
    private final String description;

    Step(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    /** The phase's key on the result line: {@code phase.<key>}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
