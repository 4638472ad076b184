package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Antrag was granted by {@code entschiedenVon}: a monthly amount in euro cents for the Bewilligungszeitraum,
 * on a legal basis, with reasons (§35 SGB X). With {@code freigabeErforderlich} it counts only after approval
 * (Vier-Augen-Prinzip). {@code ersetztEntscheidungId} names a decision it supersedes (Abhilfe, a grant not yet approved).
 */
public record AntragBewilligt(
        @DatenSubjekt UUID antragId,
        UUID entscheidungId,
        long betragMonatlichCent,
        LocalDate bewilligungVon,
        LocalDate bewilligungBis,
        String rechtsgrundlage,
        @Personenbezogen String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon,
        boolean freigabeErforderlich,
        UUID ersetztEntscheidungId,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public AntragBewilligt(UUID antragId, UUID entscheidungId, long betragMonatlichCent, LocalDate bewilligungVon, LocalDate bewilligungBis, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon, boolean freigabeErforderlich, UUID ersetztEntscheidungId) {
        this(antragId, entscheidungId, betragMonatlichCent, bewilligungVon, bewilligungBis, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, freigabeErforderlich, ersetztEntscheidungId, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public AntragBewilligt mitDokument(Dokumentnachweis nachweis) {
        return new AntragBewilligt(antragId, entscheidungId, betragMonatlichCent, bewilligungVon, bewilligungBis, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, freigabeErforderlich, ersetztEntscheidungId, nachweis);
    }
}
