package de.fallbuch.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount in euro cents. A door that reads what a person typed reads it as euro the German way
 * ("1.234,56" is 123456); a machine sends the cents as a whole number. Declared here, on the
 * command, so every door knows without a list of field names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Cent {
}
