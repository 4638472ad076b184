package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/**
 * The agreements of a Fall for a reader of it, answered with a list of {@link HilfevereinbarungZeile};
 * recorded as a read of the Fall, granted or refused.
 */
public record HilfevereinbarungenDesFallsLesen(UUID fallId) {
}
