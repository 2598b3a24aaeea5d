/**
 * Autogenerate: the Java source of migration classes, from their revision, message and operations. The
 * renderer is used by the {@code revision} and {@code merge} commands for empty migrations; the model reader
 * and comparator that produce operations from JPA entities build on it.
 *
 * <p>Rendering needs JavaPoet ({@code com.palantir.javapoet:javapoet}) on the classpath; it is an optional
 * dependency of the core.
 */
package dev.migrations.autogenerate;
