package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Grant {@code aufgehobeneEntscheidungId} was revoked from {@code aufgehobenAb} because circumstances changed
 * (§48 SGB X), after Anhörung {@code anhoerungId}. The revocation is a decision of its own; the grant stays on record.
 */
public record BewilligungAufgehoben(
        @DatenSubjekt UUID antragId,
        UUID entscheidungId,
        UUID aufgehobeneEntscheidungId,
        UUID anhoerungId,
        LocalDate aufgehobenAb,
        String rechtsgrundlage,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon) implements AntragEreignis {
}
