package de.fallbuch.kernel.antrag;

import java.time.Instant;
import java.util.UUID;

/**
 * Ask for an Antrag exactly as it was at {@code stand}, rebuilt from its events up to that
 * instant; answered with an optional {@link AntragAnsicht} (empty when it did not exist yet).
 */
public record AntragStandAmAbfragen(UUID antragId, Instant stand) {
}
