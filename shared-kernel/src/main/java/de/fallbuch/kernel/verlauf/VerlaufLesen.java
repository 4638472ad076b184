package de.fallbuch.kernel.verlauf;

import java.time.Instant;
import java.util.UUID;

/**
 * The Verlauf of a Fall for a reader of its file, optionally one kind of record and a period
 * ({@code von} before {@code bis}); answered with a {@link VerlaufDesFalls}. A read of the case
 * file, recorded as such.
 */
public record VerlaufLesen(UUID fallId, Aggregat aggregat, Instant von, Instant bis) {
}
