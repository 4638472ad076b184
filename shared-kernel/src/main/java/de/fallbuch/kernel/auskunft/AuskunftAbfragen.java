package de.fallbuch.kernel.auskunft;

import java.util.UUID;

/**
 * The Art. 15 GDPR Auskunft of a Fall, answered with an {@link Auskunft}; given by Fallmanager and
 * Sachgebietsleitung of the Fall's Dienststelle, and recorded as a read either way.
 */
public record AuskunftAbfragen(UUID fallId) {
}
