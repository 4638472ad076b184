package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Widerspruch was rejected by Widerspruchsbescheid (§85 Abs. 2 SGG); decision {@code entscheidungId}
 * stands. {@code verfristet} if it was rejected as late.
 */
public record WiderspruchZurueckgewiesen(
        UUID antragId,
        UUID widerspruchId,
        UUID entscheidungId,
        boolean verfristet,
        String rechtsgrundlage,
        String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon) implements AntragEreignis {
}
