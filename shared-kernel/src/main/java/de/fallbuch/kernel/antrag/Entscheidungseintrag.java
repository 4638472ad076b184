package de.fallbuch.kernel.antrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision on an Antrag as a legal reviewer reads it: what was decided, on which legal basis,
 * why (§35 SGB X), by whom and when, who approved it (Vier-Augen-Prinzip), how it was made known,
 * and whether it still stands: a later decision supersedes an earlier one (Abhilfe, §85 Abs. 1
 * SGG) and an Aufhebung ends a grant from a date (§48 SGB X); both stay on record.
 */
public record Entscheidungseintrag(
        UUID entscheidungId,
        Entscheidungsart art,
        String artBezeichnung,
        Stand stand,
        String standBezeichnung,
        Long betragMonatlichCent,
        LocalDate bewilligungVon,
        LocalDate bewilligungBis,
        LocalDate aufgehobenAb,
        String rechtsgrundlage,
        String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon,
        Instant erfasstAm,
        boolean freigabeErforderlich,
        LocalDate freigegebenAm,
        String freigegebenVon,
        LocalDate bekanntgabeAm,
        LocalDate widerspruchsfristEnde,
        LocalDate bestandskraeftigAm,
        UUID ersetztEntscheidungId,
        UUID ersetztDurch,
        UUID aufgehobenDurch,
        UUID betrifftEntscheidungId) {

    /** Whether a decision stands. */
    public enum Stand {
        WIRKSAM("wirksam"),
        FREIGABE_AUSSTEHEND("wartet auf Freigabe"),
        ERSETZT("durch eine spätere Entscheidung ersetzt"),
        AUFGEHOBEN("aufgehoben");

        private final String bezeichnung;

        Stand(String bezeichnung) {
            this.bezeichnung = bezeichnung;
        }

        public String bezeichnung() {
            return bezeichnung;
        }
    }
}
