package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Antrag was denied by {@code entschiedenVon} on a legal basis, with reasons (§35 SGB X).
 */
public record AntragAbgelehnt(
        @DatenSubjekt UUID antragId,
        UUID entscheidungId,
        String rechtsgrundlage,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon,
        UUID ersetztEntscheidungId) implements AntragEreignis {
}
