package de.fallbuch.kernel.hilfevereinbarung;

import java.time.Instant;
import java.util.UUID;

/**
 * Ask for an agreement exactly as it was at {@code stand}, rebuilt from its events up to that
 * instant; answered with an optional {@link HilfevereinbarungAnsicht} (empty when it did not exist yet).
 */
public record HilfevereinbarungStandAmAbfragen(UUID hilfevereinbarungId, Instant stand) {
}
