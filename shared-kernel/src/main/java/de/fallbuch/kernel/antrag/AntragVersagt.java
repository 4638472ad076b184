package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Help was refused for lack of cooperation (§66 SGB I) after the deadline of request {@code anforderungId},
 * set with a written warning, had passed.
 */
public record AntragVersagt(
        @DatenSubjekt UUID antragId,
        UUID entscheidungId,
        UUID anforderungId,
        String rechtsgrundlage,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon,
        UUID ersetztEntscheidungId) implements AntragEreignis {
}
