package de.fallbuch.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a value object inside an event) that holds personal data of
 * the person in the Fall: names, birth date, address, and every free text that can carry personal
 * data (Anliegen, Beratung, reasons, statements, notes). The event store keeps such a value only
 * encrypted with the key of the event's {@link DatenSubjekt}; once that key is destroyed at the end
 * of retention (crypto-shredding) the value reads as {@link #GELOESCHT} (texts), an equally long list
 * of {@link #GELOESCHT} (lists of texts) or {@code null} (anything else).
 *
 * <p>Decision structure stays in clear and is never marked: dates of acts, amounts, Leistungsart,
 * legal basis, kinds of decisions, actors, Aktenzeichen, Dienststelle. A test walks every event and
 * refuses a text component that is neither marked nor on its list of known non-personal texts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Personenbezogen {

    /** What an erased text reads as, everywhere: views, Verlauf, Stand am, UI. */
    String GELOESCHT = "[gelöscht]";
}
