package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person was asked to comment by {@code frist} on the intended revocation of grant {@code entscheidungId}
 * (§24 SGB X).
 */
public record AnhoerungEingeleitet(
        @DatenSubjekt UUID antragId,
        UUID anhoerungId,
        UUID entscheidungId,
        @Personenbezogen String anlass,
        LocalDate eingeleitetAm,
        LocalDate frist,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public AnhoerungEingeleitet(UUID antragId, UUID anhoerungId, UUID entscheidungId, String anlass, LocalDate eingeleitetAm, LocalDate frist) {
        this(antragId, anhoerungId, entscheidungId, anlass, eingeleitetAm, frist, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public AnhoerungEingeleitet mitDokument(Dokumentnachweis nachweis) {
        return new AnhoerungEingeleitet(antragId, anhoerungId, entscheidungId, anlass, eingeleitetAm, frist, nachweis);
    }
}
