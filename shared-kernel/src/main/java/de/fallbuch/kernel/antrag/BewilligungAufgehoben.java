package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
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
        String entschiedenVon,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public BewilligungAufgehoben(UUID antragId, UUID entscheidungId, UUID aufgehobeneEntscheidungId, UUID anhoerungId, LocalDate aufgehobenAb, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon) {
        this(antragId, entscheidungId, aufgehobeneEntscheidungId, anhoerungId, aufgehobenAb, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public BewilligungAufgehoben mitDokument(Dokumentnachweis nachweis) {
        return new BewilligungAufgehoben(antragId, entscheidungId, aufgehobeneEntscheidungId, anhoerungId, aufgehobenAb, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, nachweis);
    }
}
