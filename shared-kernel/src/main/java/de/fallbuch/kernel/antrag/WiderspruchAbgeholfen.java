package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Widerspruch was remedied (§85 Abs. 1 SGG): decision {@code neueEntscheidungId} supersedes
 * {@code abgeholfeneEntscheidungId}; both stay on record.
 */
public record WiderspruchAbgeholfen(
        @DatenSubjekt UUID antragId,
        UUID widerspruchId,
        UUID abgeholfeneEntscheidungId,
        UUID neueEntscheidungId,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon) implements AntragEreignis {
}
