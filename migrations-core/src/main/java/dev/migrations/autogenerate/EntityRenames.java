package dev.migrations.autogenerate;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The renames an application's entities state with {@link RenamedFrom}, read from Hibernate's boot-time
 * {@link Metadata}: an annotated entity renames its table, an annotated field or getter the one column its
 * property maps to, both to their physical names in the metadata.
 */
public final class EntityRenames {

    private EntityRenames() {
    }

    /**
     * @throws IllegalArgumentException when an annotated property maps to no column or to several (an embedded
     *         value or a composite key): rename each column with {@code --rename table.old=new} instead
     */
    public static List<Rename> of(Metadata metadata) {
        Set<Rename> renames = new LinkedHashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            String table = entity.getTable().getName();
            RenamedFrom entityRename = type.getDeclaredAnnotation(RenamedFrom.class);
            if (entityRename != null && !entityRename.value().equals(table)) {
                renames.add(new Rename.Table(entityRename.value(), table));
            }
            List<Property> properties = new ArrayList<>(entity.getProperties());
            if (entity.getIdentifierProperty() != null) {
                properties.add(entity.getIdentifierProperty());
            }
            for (Property property : properties) {
                annotation(type, property.getName())
                        .ifPresent(rename -> renames.add(column(entity, table, property, rename.value())));
            }
        }
        return List.copyOf(renames);
    }

    private static Rename column(PersistentClass entity, String table, Property property, String from) {
        List<Selectable> selectables = property.getValue().getSelectables();
        if (selectables.size() != 1 || !(selectables.get(0) instanceof Column column)) {
            throw new IllegalArgumentException("@RenamedFrom(\"" + from + "\") on " + entity.getClassName() + "."
                    + property.getName() + " cannot apply: the property maps to " + selectables.size() + " columns. "
                    + "Put it on a property with one column, or state each column's rename with --rename "
                    + table + ".<old>=<new>.");
        }
        return new Rename.Column(table, from, column.getName());
    }

    /** The annotation on the property's field (in the class or a superclass) or on its getter. */
    private static Optional<RenamedFrom> annotation(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(property) && field.isAnnotationPresent(RenamedFrom.class)) {
                    return Optional.of(field.getAnnotation(RenamedFrom.class));
                }
            }
        }
        for (Method method : type.getMethods()) {
            String name = method.getName();
            boolean getter = method.getParameterCount() == 0
                    && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
            if (getter && method.isAnnotationPresent(RenamedFrom.class)
                    && decapitalized(name.substring(name.startsWith("is") ? 2 : 3)).equals(property)) {
                return Optional.of(method.getAnnotation(RenamedFrom.class));
            }
        }
        return Optional.empty();
    }

    /** As JavaBeans names a getter's property: {@code Name} is {@code name}, {@code URL} stays {@code URL}. */
    private static String decapitalized(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
