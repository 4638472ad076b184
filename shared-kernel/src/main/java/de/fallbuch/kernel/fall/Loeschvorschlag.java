package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A Fall whose retention period has ended: closed on {@code abgeschlossenAm}, its last
 * Bewilligungszeitraum ended on {@code letzteBewilligungBis} (or none), its last deadline was
 * {@code letzteFrist} (or none); erasable since {@code loeschbarAb}. No personal data.
 */
public record Loeschvorschlag(UUID fallId, String aktenzeichen, String dienststelle, LocalDate abgeschlossenAm,
        LocalDate letzteBewilligungBis, LocalDate letzteFrist, LocalDate loeschbarAb) {
}
