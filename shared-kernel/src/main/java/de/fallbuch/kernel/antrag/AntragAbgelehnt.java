package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
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
        UUID ersetztEntscheidungId,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public AntragAbgelehnt(UUID antragId, UUID entscheidungId, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon, UUID ersetztEntscheidungId) {
        this(antragId, entscheidungId, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, ersetztEntscheidungId, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public AntragAbgelehnt mitDokument(Dokumentnachweis nachweis) {
        return new AntragAbgelehnt(antragId, entscheidungId, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, ersetztEntscheidungId, nachweis);
    }
}
