package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An Antrag as the read model shows it: where it stands, its current decision and notice, the
 * latest request for documents, Widerspruch and Anhörung, and the deadlines that are running.
 * {@code version} is the version of the Antrag the view has caught up with; a client sends it back
 * with its next write. The Entscheidungshistorie is a view of its own.
 */
public record AntragAnsicht(
        UUID antragId,
        UUID fallId,
        String aktenzeichen,
        String dienststelle,
        Leistungsart leistungsart,
        Antragskanal kanal,
        LocalDate eingangsdatum,
        LocalDate leistungsbeginn,
        AntragStatus status,
        Mitwirkung mitwirkung,
        Entscheidung entscheidung,
        Bescheid bescheid,
        Widerspruch widerspruch,
        Anhoerung anhoerung,
        LocalDate zurueckgenommenAm,
        List<Frist> fristen,
        long version,
        Instant geaendertAm) {

    public AntragAnsicht {
        fristen = List.copyOf(fristen);
    }

    /** The latest request for documents. */
    public record Mitwirkung(LocalDate angefordertAm, List<String> unterlagen, LocalDate frist,
            boolean mitRechtsfolgenbelehrung, LocalDate eingegangenAm, boolean fristAbgelaufen) {

        public Mitwirkung {
            unterlagen = List.copyOf(unterlagen);
        }
    }

    /** The decision currently in force (or waiting for approval), with who decided and approved. */
    public record Entscheidung(UUID entscheidungId, Entscheidungsart art, Long betragMonatlichCent,
            LocalDate bewilligungVon, LocalDate bewilligungBis, LocalDate aufgehobenAb, String rechtsgrundlage,
            String begruendung, LocalDate entschiedenAm, String entschiedenVon, boolean freigabeErforderlich,
            LocalDate freigegebenAm, String freigegebenVon, UUID ersetztEntscheidungId) {
    }

    /** The notice of the current decision. */
    public record Bescheid(LocalDate aufgabeZurPostAm, LocalDate bekanntgabeAm, boolean mitRechtsbehelfsbelehrung,
            LocalDate widerspruchsfristEnde, LocalDate bestandskraeftigAm) {
    }

    /** The latest Widerspruch and how it ended ({@code ergebnis} is empty while it is pending). */
    public record Widerspruch(UUID widerspruchId, LocalDate eingegangenAm, boolean rechtzeitig, String ergebnis,
            LocalDate entschiedenAm) {
    }

    /** The latest Anhörung. */
    public record Anhoerung(UUID anhoerungId, String anlass, LocalDate frist, LocalDate stellungnahmeAm,
            boolean fristAbgelaufen) {
    }

    /** A running deadline: what it is and its date (the last day, or for §88 SGG the last day of the waiting time). */
    public record Frist(Fristart art, String bezeichnung, LocalDate datum) {
    }
}
