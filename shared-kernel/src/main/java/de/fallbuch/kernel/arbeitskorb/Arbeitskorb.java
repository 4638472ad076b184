package de.fallbuch.kernel.arbeitskorb;

import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A caseload: the open Fälle, the Anträge not yet settled, and every date due, sorted by date (so overdue ones come first).
 * A date disappears when the act that meets it is recorded.
 */
public record Arbeitskorb(LocalDate heute, List<OffenerFall> offeneFaelle, List<OffenerAntrag> antraege, List<Frist> fristen) {

    public Arbeitskorb {
        offeneFaelle = List.copyOf(offeneFaelle);
        antraege = List.copyOf(antraege);
        fristen = List.copyOf(fristen);
    }

    /** An Antrag that is not finally settled, with its state and its age since receipt. */
    public record OffenerAntrag(UUID antragId, UUID fallId, String aktenzeichen, String nachname, Leistungsart leistungsart,
            AntragStatus status, String statusBezeichnung, LocalDate eingangsdatum, long alterInTagen) {
    }

    /** An open Fall; {@code alterInTagen} counts from its opening. */
    public record OffenerFall(UUID fallId, String aktenzeichen, String dienststelle, String fallmanager, String nachname,
            String vorname, LocalDate eroeffnetAm, long alterInTagen) {
    }

    /** A date due: negative {@code tageBisFaellig} means overdue by that many days. */
    public record Frist(String fristId, Fristart art, String bezeichnung, LocalDate faelligAm, long tageBisFaellig,
            boolean ueberfaellig, UUID fallId, String aktenzeichen, String fallmanager, String nachname, UUID bezugId,
            String beschreibung) {
    }
}
