package dev.migrations.autoconfigure.command;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of what command mode prints: the values of every property whose name mentions a
 * password ({@code spring.datasource.password}, a set's own DataSource's), and the credentials of any URL
 * ({@code //user:secret@host}, {@code ?password=secret}), are replaced by {@value #MASK}.
 */
public final class SecretRedactor {

    static final String MASK = "******";

    private static final Pattern URL_CREDENTIALS = Pattern.compile("(//[^/:@\\s]+:)[^@\\s/]+@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s\"']+");

    private final List<String> secrets;

    public SecretRedactor(Set<String> secrets) {
        // Longest first, so that a secret containing another is masked whole.
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The passwords among the environment's properties. */
    public static SecretRedactor of(ConfigurableEnvironment environment) {
        Set<String> secrets = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.contains("password") || lower.contains("secret")) {
                        Object raw = enumerable.getProperty(name);
                        if (raw != null) {
                            secrets.add(raw.toString());
                        }
                        resolved(environment, name, secrets);
                    }
                }
            }
        }
        return new SecretRedactor(secrets);
    }

    private static void resolved(ConfigurableEnvironment environment, String name, Set<String> secrets) {
        try {
            String value = environment.getProperty(name);
            if (value != null) {
                secrets.add(value);
            }
        } catch (IllegalArgumentException unresolvable) {
            // A placeholder that does not resolve: its raw value is masked already.
        }
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        redacted = URL_CREDENTIALS.matcher(redacted).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(redacted).replaceAll("$1" + MASK);
    }
}
