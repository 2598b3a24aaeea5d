package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;

/** A property under {@code migrations.*} that nothing reads: a typo, or a setting from another version. */
public class UnknownPropertyException extends ConfigurationException {

    private final String property;
    private final String suggestion;

    public UnknownPropertyException(String property, String suggestion, String message) {
        super(message);
        this.property = property;
        this.suggestion = suggestion;
    }

    @Override
    public String remedy() {
        return "Correct or remove the property " + property + (suggestion == null ? "." : "; did you mean " + suggestion + "?");
    }

    /** The unknown property, as written. */
    public String property() {
        return property;
    }

    /** The valid property closest to it, or null when none is close. */
    public String suggestion() {
        return suggestion;
    }
}
