package de.fallbuch.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks, on the event that creates a {@link DatenSubjekt} (FallEroeffnet, AntragGestellt,
 * HilfevereinbarungEntworfen), the component naming the Fall the subject belongs to. Erasing that
 * Fall destroys the keys of all its subjects: the Fall itself, its Anträge and its agreements.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface GehoertZumFall {
}
