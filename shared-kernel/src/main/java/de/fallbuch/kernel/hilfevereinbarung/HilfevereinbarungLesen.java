package de.fallbuch.kernel.hilfevereinbarung;

import java.time.Instant;
import java.util.UUID;

/**
 * Read one Hilfevereinbarung, by the need to know of its Fall, answered with its
 * {@link HilfevereinbarungAnsicht}: now, or with a {@code stand} exactly as it was then. Recorded
 * as a read, granted or refused.
 */
public record HilfevereinbarungLesen(UUID hilfevereinbarungId, Instant stand) {
}
