package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.kopie;
import static de.fallbuch.kernel.common.Pruefung.liste;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one Fassung of a Hilfevereinbarung says: goals, measures, the person's duties, the office's
 * services and the next review date. A draft may still lack goals and measures; signing it needs
 * at least one of each (a rule of the aggregate, not of the content).
 *
 * <p>It is part of stored events, so the constructor only copies the lists (a missing list is
 * empty) and never refuses a value: an event written under older, looser limits must stay
 * readable. New content is checked by {@link #geprueft()}, which every command handler that takes
 * content calls before it applies an event (docs/grenzen.md).
 */
public record Vereinbarungsinhalt(
        List<Ziel> ziele,
        List<Massnahme> massnahmen,
        List<Pflicht> pflichten,
        List<LeistungAmt> leistungenAmt,
        LocalDate ueberpruefungstermin) {

    public Vereinbarungsinhalt {
        ziele = ziele == null ? List.of() : kopie(ziele);
        massnahmen = massnahmen == null ? List.of() : kopie(massnahmen);
        pflichten = pflichten == null ? List.of() : kopie(pflichten);
        leistungenAmt = leistungenAmt == null ? List.of() : kopie(leistungenAmt);
    }

    /**
     * The content as it may enter a new event: every list within {@code Grenzen.MAX_LISTENEINTRAEGE} without empty
     * entries, every entry checked and normalised, ids unique per list, a plausible review date.
     */
    public Vereinbarungsinhalt geprueft() {
        List<Ziel> z = eintraege(ziele, "ziele", Ziel::geprueft);
        List<Massnahme> m = eintraege(massnahmen, "massnahmen", Massnahme::geprueft);
        List<Pflicht> p = eintraege(pflichten, "pflichten", Pflicht::geprueft);
        List<LeistungAmt> l = eintraege(leistungenAmt, "leistungenAmt", LeistungAmt::geprueft);
        eindeutig(z, Ziel::zielId, "ziele", "Zwei Ziele haben dieselbe Kennung.");
        eindeutig(m, Massnahme::massnahmeId, "massnahmen", "Zwei Maßnahmen haben dieselbe Kennung.");
        eindeutig(p, Pflicht::pflichtId, "pflichten", "Zwei Pflichten haben dieselbe Kennung.");
        eindeutig(l, LeistungAmt::leistungId, "leistungenAmt", "Zwei Leistungen des Amts haben dieselbe Kennung.");
        if (ueberpruefungstermin == null) {
            throw new UngueltigeAngabe("ueberpruefungstermin", "Der Termin der nächsten Überprüfung fehlt.");
        }
        return new Vereinbarungsinhalt(List.copyOf(z), List.copyOf(m), List.copyOf(p), List.copyOf(l),
                geschaeftsdatum(ueberpruefungstermin, "ueberpruefungstermin"));
    }

    private static <T> List<T> eintraege(List<T> eintraege, String feld, BiFunction<T, String, T> pruefen) {
        List<T> geprueft = new ArrayList<>();
        for (T eintrag : liste(eintraege, feld)) {
            geprueft.add(pruefen.apply(eintrag, feld + "[" + geprueft.size() + "]."));
        }
        return geprueft;
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
