package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
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
        UUID ersetztEntscheidungId,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public AntragVersagt(UUID antragId, UUID entscheidungId, UUID anforderungId, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon, UUID ersetztEntscheidungId) {
        this(antragId, entscheidungId, anforderungId, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, ersetztEntscheidungId, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public AntragVersagt mitDokument(Dokumentnachweis nachweis) {
        return new AntragVersagt(antragId, entscheidungId, anforderungId, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, ersetztEntscheidungId, nachweis);
    }
}
