package de.fallbuch.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date whose year a person must write with four digits (a birth date): "14.2.87" could be
 * 1887, 1987 or 2087, and a guessed century would follow the person for decades. Business dates
 * without it may be written "1.3.26".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface VierstelligesJahr {
}
