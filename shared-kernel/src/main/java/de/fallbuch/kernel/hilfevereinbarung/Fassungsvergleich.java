package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What changed from Fassung {@code von} to Fassung {@code bis}: goals, measures, duties and
 * services added, removed or changed (matched by their ids), and the review date if it moved
 * ({@code ueberpruefungstermin} is empty when it did not).
 */
public record Fassungsvergleich(
        UUID hilfevereinbarungId,
        int von,
        int bis,
        Aenderungen<Ziel> ziele,
        Aenderungen<Massnahme> massnahmen,
        Aenderungen<Pflicht> pflichten,
        Aenderungen<LeistungAmt> leistungenAmt,
        Aenderung<LocalDate> ueberpruefungstermin) {

    /** Whether the two Fassungen say the same. */
    public boolean unveraendert() {
        return ziele.keine() && massnahmen.keine() && pflichten.keine() && leistungenAmt.keine() && ueberpruefungstermin == null;
    }

    /** Entries only in the later Fassung, only in the earlier one, and in both but different. */
    public record Aenderungen<T>(List<T> hinzugefuegt, List<T> entfernt, List<Aenderung<T>> geaendert) {

        public Aenderungen {
            hinzugefuegt = List.copyOf(hinzugefuegt);
            entfernt = List.copyOf(entfernt);
            geaendert = List.copyOf(geaendert);
        }

        public boolean keine() {
            return hinzugefuegt.isEmpty() && entfernt.isEmpty() && geaendert.isEmpty();
        }
    }

    /** One entry before and after. */
    public record Aenderung<T>(T vorher, T nachher) {
    }
}
