package dev.migrations.autogenerate;

import com.palantir.javapoet.CodeBlock;
import dev.migrations.ops.Operation;

/**
 * Renders one operation value as the statements of a migration method that produce it, such as
 * {@code op.addColumn("users", column("phone", varchar(20)));}, with any warning comment it deserves.
 * The statements call the method's {@code op} parameter, {@link MigrationSourceRenderer#OP}.
 */
@FunctionalInterface
public interface OperationRenderer {

    CodeBlock render(Operation operation);
}
