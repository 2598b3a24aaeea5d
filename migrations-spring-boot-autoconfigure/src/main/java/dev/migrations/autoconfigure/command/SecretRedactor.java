package dev.migrations.autoconfigure.command;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of what command mode prints: the values of every property whose name mentions a
 * password ({@code spring.datasource.password}, a set's own DataSource's), and the credentials of any URL
 * ({@code //user:secret@host}, {@code ?password=secret}), are replaced by {@value #MASK}.
 *
 * <p>A password is masked where it stands as a word of its own, not inside another: password {@code postgres}
 * leaves {@code jdbc:postgresql:} readable, while {@code "postgres"} or {@code :postgres@} is masked.
 *
 * <p>A password that is also a user name (user {@code postgres} with password {@code postgres}) cannot be told
 * apart from the user in free text, so it is masked only where it stands as a password: in a URL's credentials or
 * parameters, or after a {@code password=} or {@code secret:} key. Elsewhere (the user in "applied by
 * postgres@host") it is left as the user name it also is. Any other value equal to a password does not count: a
 * password given through {@code DB_PASS} is masked everywhere.
 */
public final class SecretRedactor {

    static final String MASK = "******";

    private static final Pattern URL_CREDENTIALS = Pattern.compile("(//[^/:@\\s]+:)[^@\\s/]+@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s\"']+");

    private final List<Pattern> asWords;
    private final List<Pattern> asPasswords;

    public SecretRedactor(Set<String> secrets) {
        this(secrets, Set.of());
    }

    /**
     * @param secrets the passwords
     * @param userNames the configured user names: a password among them is masked only where it stands as one
     */
    public SecretRedactor(Set<String> secrets, Set<String> userNames) {
        // Longest first, so that a secret containing another is masked whole.
        List<String> all = secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.asWords = all.stream().filter(secret -> !userNames.contains(secret))
                .map(secret -> Pattern.compile("(?<![\\w])" + Pattern.quote(secret) + "(?![\\w])")).toList();
        this.asPasswords = all.stream().filter(userNames::contains)
                .map(secret -> Pattern.compile("(?i)((?:password|passwd|pwd|secret)[\\w.\\-\\[\\]]*\\s*[=:]\\s*[\"']?)"
                        + Pattern.quote(secret) + "(?![\\w-])"))
                .toList();
    }

    /** The passwords among the environment's properties. */
    public static SecretRedactor of(ConfigurableEnvironment environment) {
        Set<String> secrets = new LinkedHashSet<>();
        Set<String> userNames = new HashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    Set<String> into = lower.contains("password") || lower.contains("secret") ? secrets
                            : lower.endsWith("user") || lower.endsWith("username") ? userNames : null;
                    if (into != null) {
                        Object raw = enumerable.getProperty(name);
                        if (raw != null) {
                            into.add(raw.toString());
                        }
                        resolved(environment, name, into);
                    }
                }
            }
        }
        return new SecretRedactor(secrets, userNames);
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
        for (Pattern secret : asWords) {
            redacted = secret.matcher(redacted).replaceAll(MASK);
        }
        for (Pattern password : asPasswords) {
            redacted = password.matcher(redacted).replaceAll("$1" + MASK);
        }
        redacted = URL_CREDENTIALS.matcher(redacted).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(redacted).replaceAll("$1" + MASK);
    }
}
