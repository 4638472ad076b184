package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
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
        String entschiedenVon,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public WiderspruchZurueckgewiesen(UUID antragId, UUID widerspruchId, UUID entscheidungId, boolean verfristet, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon) {
        this(antragId, widerspruchId, entscheidungId, verfristet, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public WiderspruchZurueckgewiesen mitDokument(Dokumentnachweis nachweis) {
        return new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId, verfristet, rechtsgrundlage, begruendung, entschiedenAm, entschiedenVon, nachweis);
    }
}
