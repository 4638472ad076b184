package de.fallbuch.kernel.verlauf;

import java.time.Instant;
import java.util.UUID;

/**
 * Ask for the Verlauf of a Fall: everything that happened to it, its Anträge and its agreements,
 * in order. Optionally only one kind of record ({@code aggregat}) and only entries in
 * [{@code von}, {@code bis}). Answered with a list of {@link VerlaufEintrag}.
 */
public record VerlaufAbfragen(UUID fallId, Aggregat aggregat, Instant von, Instant bis) {
}
