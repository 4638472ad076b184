package de.fallbuch.kernel.fall;

import java.time.Instant;
import java.util.UUID;

/**
 * Open one Fall for reading, by need to know, answered with its {@link FallAnsicht}: now, or with a
 * {@code stand} exactly as it was then. The read is recorded, granted or refused.
 */
public record FallLesen(UUID fallId, Instant stand) {
}
