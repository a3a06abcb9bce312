package io.github.zi4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of zi4j (internal: not part of the API).
 *
 * <p>An abstract value {@code AbstractUnitKerja} generates the public immutable {@code UnitKerja}, so
 * a user sees {@code UnitKerja.builder()} and {@code UnitKerja.of(...)}, never an {@code Immutable*}
 * prefix. Generated classes carry no Immutables annotation, so users need no Immutables on their class
 * path. Builders are strict (each attribute set once) and only JDK collections are used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    strictBuilder = true,
    optionalAcceptNullable = false,
    allParameters = false,
    // no auto-discovered annotations such as @org.immutables.value.Generated: a user compiling against
    // zi4j without Immutables on the class path would get a warning for each generated class
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ZiStyle {}
