package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Widerspruch was rejected by Widerspruchsbescheid (§85 Abs. 2 SGG); decision {@code entscheidungId}
 * stands. {@code verfristet} if it was rejected as late.
 */
public record WiderspruchZurueckgewiesen(
        @DatenSubjekt UUID antragId,
        UUID widerspruchId,
        UUID entscheidungId,
        boolean verfristet,
        String rechtsgrundlage,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon) implements AntragEreignis {
}
