package de.fallbuch.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the event component (a {@code UUID}, the aggregate's id) whose key encrypts the event's
 * {@link Personenbezogen} values. Every event with personal data names its subject; the subject's
 * key belongs to a Fall (see {@link GehoertZumFall}) and is destroyed with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DatenSubjekt {
}
