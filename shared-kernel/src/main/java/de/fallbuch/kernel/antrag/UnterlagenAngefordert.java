package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Documents were requested on {@code angefordertAm} with a deadline (§60 SGB I). {@code rechtsfolgenbelehrung}
 * is the written warning of the consequences (§66 Abs. 3 SGB I) as sent, or {@code null} if the request carried none.
 */
public record UnterlagenAngefordert(
        @DatenSubjekt UUID antragId,
        UUID anforderungId,
        @Personenbezogen List<String> unterlagen,
        LocalDate angefordertAm,
        LocalDate frist,
        @Personenbezogen String rechtsfolgenbelehrung,
        Dokumentnachweis dokument) implements AntragEreignis {

    /** The act as recorded before documents existed (issue 16): without a document. */
    public UnterlagenAngefordert(UUID antragId, UUID anforderungId, List<String> unterlagen, LocalDate angefordertAm, LocalDate frist, String rechtsfolgenbelehrung) {
        this(antragId, anforderungId, unterlagen, angefordertAm, frist, rechtsfolgenbelehrung, null);
    }

    /** The same act with the proof of the document it was issued with. */
    public UnterlagenAngefordert mitDokument(Dokumentnachweis nachweis) {
        return new UnterlagenAngefordert(antragId, anforderungId, unterlagen, angefordertAm, frist, rechtsfolgenbelehrung, nachweis);
    }

    public UnterlagenAngefordert {
        unterlagen = unterlagen == null ? null : List.copyOf(unterlagen);
    }
}
