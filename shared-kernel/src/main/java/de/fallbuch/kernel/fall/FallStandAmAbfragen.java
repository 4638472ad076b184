package de.fallbuch.kernel.fall;

import java.time.Instant;
import java.util.UUID;

/**
 * Ask for a Fall exactly as it was at {@code stand}, rebuilt from its events up to that instant;
 * answered with an optional {@link FallAnsicht} (empty when the Fall did not exist yet).
 */
public record FallStandAmAbfragen(UUID fallId, Instant stand) {
}
