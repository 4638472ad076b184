package de.fallbuch.kernel.antrag;

import java.time.Instant;
import java.util.UUID;

/**
 * Read one Antrag, by the need to know of its Fall, answered with its {@link AntragAnsicht}: now, or
 * with a {@code stand} exactly as it was then. Recorded as a read of the Fall, granted or refused.
 */
public record AntragLesen(UUID antragId, Instant stand) {
}
