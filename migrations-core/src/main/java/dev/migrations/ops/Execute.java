package dev.migrations.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A SQL statement written as given, with {@code ?} parameters bound from {@code params}. */
public record Execute(String sql, List<Object> params) implements Operation {

    public Execute {
        Objects.requireNonNull(sql, "sql");
        // Parameters may be null (SQL NULL), which List.copyOf refuses.
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.execute(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "execute(\"" + abbreviate(sql)
                + "\") cannot be reversed: raw SQL has no known inverse. Write downgrade().");
    }

    static String abbreviate(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
