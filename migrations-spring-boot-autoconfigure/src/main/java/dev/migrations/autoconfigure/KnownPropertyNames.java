package dev.migrations.autoconfigure;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.core.ResolvableType;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The property names a {@code @ConfigurationProperties} class binds, as patterns: {@code migrations.table},
 * {@code migrations.sets.*.data-source} (a map key), {@code migrations.packages} (a list, open to indexes).
 * Names are compared in Boot's uniform form, so kebab-case, camelCase and environment variables all match.
 */
final class KnownPropertyNames {

    private static final String MAP_KEY = "*";

    private final List<Pattern> patterns = new ArrayList<>();

    /** Adds the names that {@code type} binds under {@code prefix}. */
    KnownPropertyNames add(String prefix, Class<?> type) {
        collect(List.of(prefix.split("\\.")), type, type.getPackageName(), new HashSet<>());
        return this;
    }

    boolean isKnown(ConfigurationPropertyName name) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(name));
    }

    /** The valid name closest to {@code name}, as it would be written, or null when none is close. */
    String nearest(ConfigurationPropertyName name) {
        String written = uniform(name);
        return patterns.stream()
                .map(pattern -> pattern.spelledFor(name))
                .min(Comparator.comparingInt(candidate -> distance(written, uniform(candidate))))
                .filter(candidate -> distance(written, uniform(candidate)) <= 3)
                .orElse(null);
    }

    /** Every valid name, sorted, with {@code <name>} for map keys. */
    List<String> all() {
        return patterns.stream().map(Pattern::spelled).distinct().sorted().toList();
    }

    private void collect(List<String> path, Class<?> type, String ownPackage, Set<Class<?>> visiting) {
        if (!visiting.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                add(append(path, component.getName()), ResolvableType.forMethodReturnType(component.getAccessor()),
                        ownPackage, visiting);
            }
        } else {
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getReadMethod() != null && !"class".equals(property.getName())) {
                    add(append(path, property.getName()), ResolvableType.forMethodReturnType(property.getReadMethod()),
                            ownPackage, visiting);
                }
            }
        }
        visiting.remove(type);
    }

    private void add(List<String> path, ResolvableType type, String ownPackage, Set<Class<?>> visiting) {
        Class<?> raw = type.toClass();
        if (Map.class.isAssignableFrom(raw)) {
            Class<?> value = type.asMap().getGeneric(1).toClass();
            if (isNested(value, ownPackage)) {
                collect(append(path, MAP_KEY), value, ownPackage, visiting);
            } else {
                patterns.add(new Pattern(path, true));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            patterns.add(new Pattern(path, true));
        } else if (isNested(raw, ownPackage)) {
            collect(path, raw, ownPackage, visiting);
        } else {
            patterns.add(new Pattern(path, false));
        }
    }

    /** A group of properties, rather than a value: a class of the properties' own package that is no enum. */
    private static boolean isNested(Class<?> type, String ownPackage) {
        return !type.isEnum() && !type.isPrimitive() && type.getPackageName().equals(ownPackage);
    }

    private static List<String> append(List<String> path, String javaName) {
        List<String> appended = new ArrayList<>(path);
        appended.add(javaName.equals(MAP_KEY) ? MAP_KEY : dashed(javaName));
        return appended;
    }

    private static String dashed(String javaName) {
        StringBuilder dashed = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                dashed.append('-').append(Character.toLowerCase(c));
            } else {
                dashed.append(c);
            }
        }
        return dashed.toString();
    }

    private static String uniform(ConfigurationPropertyName name) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < name.getNumberOfElements(); i++) {
            elements.add(name.getElement(i, Form.UNIFORM));
        }
        return String.join(".", elements);
    }

    private static String uniform(String spelled) {
        return spelled.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * One bindable name, in dashed form, with {@code *} for a map key.
     *
     * @param open whether names below it are valid too (the indexes of a list, the keys of a map of values)
     */
    private record Pattern(List<String> elements, boolean open) {

        boolean matches(ConfigurationPropertyName name) {
            int common = Math.min(elements.size(), name.getNumberOfElements());
            for (int i = 0; i < common; i++) {
                String element = elements.get(i);
                if (!element.equals(MAP_KEY) && !uniform(element).equals(name.getElement(i, Form.UNIFORM))) {
                    return false;
                }
            }
            // An ancestor of a valid name (an empty YAML map, say) is harmless; a descendant only of an open one.
            return name.getNumberOfElements() <= elements.size() || open;
        }

        String spelled() {
            return String.join(".", elements.stream().map(e -> e.equals(MAP_KEY) ? "<name>" : e).toList());
        }

        /** This name with its map keys taken from {@code name}, for a suggestion. */
        String spelledFor(ConfigurationPropertyName name) {
            List<String> spelled = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                boolean key = elements.get(i).equals(MAP_KEY);
                spelled.add(!key ? elements.get(i)
                        : i < name.getNumberOfElements() ? name.getElement(i, Form.ORIGINAL) : "<name>");
            }
            return String.join(".", spelled);
        }
    }
}
