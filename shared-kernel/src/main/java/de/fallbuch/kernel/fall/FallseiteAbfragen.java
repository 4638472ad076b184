package de.fallbuch.kernel.fall;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything the Fall page shows, answered with a {@link Fallseite}: the Fall (now, or with a
 * {@code stand} as it was then), its Verlauf, Anträge and Hilfevereinbarungen. One read of the case
 * file, decided and recorded exactly as {@link FallLesen}.
 */
public record FallseiteAbfragen(UUID fallId, Instant stand) {
}
