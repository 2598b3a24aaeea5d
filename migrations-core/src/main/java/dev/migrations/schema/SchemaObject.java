package dev.migrations.schema;

/** One object of the schema model. */
public sealed interface SchemaObject
        permits TableModel, ColumnModel, PrimaryKeyModel, UniqueKeyModel, ForeignKeyModel, IndexModel, CheckModel,
        SequenceModel, EnumTypeModel {

    /** The name as the database stores it; null for a constraint the model leaves for the database to name. */
    String name();
}
