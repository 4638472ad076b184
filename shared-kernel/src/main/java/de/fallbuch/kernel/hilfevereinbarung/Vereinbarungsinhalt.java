package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What one Fassung of a Hilfevereinbarung says: goals, measures, the person's duties, the office's
 * services and the next review date. A draft may still lack goals and measures; signing it needs
 * at least one of each (a rule of the aggregate, not of the content).
 */
public record Vereinbarungsinhalt(
        List<Ziel> ziele,
        List<Massnahme> massnahmen,
        List<Pflicht> pflichten,
        List<LeistungAmt> leistungenAmt,
        LocalDate ueberpruefungstermin) {

    public Vereinbarungsinhalt {
        ziele = ziele == null ? List.of() : List.copyOf(ziele);
        massnahmen = massnahmen == null ? List.of() : List.copyOf(massnahmen);
        pflichten = pflichten == null ? List.of() : List.copyOf(pflichten);
        leistungenAmt = leistungenAmt == null ? List.of() : List.copyOf(leistungenAmt);
        eindeutig(ziele, Ziel::zielId, "ziele", "Zwei Ziele haben dieselbe Kennung.");
        eindeutig(massnahmen, Massnahme::massnahmeId, "massnahmen", "Zwei Maßnahmen haben dieselbe Kennung.");
        eindeutig(pflichten, Pflicht::pflichtId, "pflichten", "Zwei Pflichten haben dieselbe Kennung.");
        eindeutig(leistungenAmt, LeistungAmt::leistungId, "leistungenAmt", "Zwei Leistungen des Amts haben dieselbe Kennung.");
        if (ueberpruefungstermin == null) {
            throw new UngueltigeAngabe("ueberpruefungstermin", "Der Termin der nächsten Überprüfung fehlt.");
        }
    }

    private static <T> void eindeutig(List<T> eintraege, Function<T, UUID> kennung, String feld, String meldung) {
        Set<UUID> gesehen = new HashSet<>();
        for (T eintrag : eintraege) {
            if (!gesehen.add(kennung.apply(eintrag))) {
                throw new UngueltigeAngabe(feld, meldung);
            }
        }
    }
}
