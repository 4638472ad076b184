package de.fallbuch.kernel.antrag;

import java.util.UUID;

/**
 * The Entscheidungshistorie of an Antrag for a reader of its Fall, answered with a list of
 * {@link Entscheidungseintrag}; recorded as a read of the Antrag.
 */
public record EntscheidungenLesen(UUID antragId) {
}
