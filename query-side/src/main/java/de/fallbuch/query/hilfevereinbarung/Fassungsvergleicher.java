package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich.Aenderung;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich.Aenderungen;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Compares two Fassungen entry by entry. Entries are matched by their ids, which a Fortschreibung
 * keeps for what it carries over: the same id with other content is a change, a new id an
 * addition, a missing one a removal. Order follows the later Fassung, removals the earlier one.
 */
final class Fassungsvergleicher {

    private Fassungsvergleicher() {
    }

    static Fassungsvergleich vergleiche(UUID hilfevereinbarungId, int von, Vereinbarungsinhalt vorher, int bis,
            Vereinbarungsinhalt nachher) {
        return new Fassungsvergleich(hilfevereinbarungId, von, bis,
                aenderungen(vorher.ziele(), nachher.ziele(), Ziel::zielId),
                aenderungen(vorher.massnahmen(), nachher.massnahmen(), Massnahme::massnahmeId),
                aenderungen(vorher.pflichten(), nachher.pflichten(), Pflicht::pflichtId),
                aenderungen(vorher.leistungenAmt(), nachher.leistungenAmt(), LeistungAmt::leistungId),
                vorher.ueberpruefungstermin().equals(nachher.ueberpruefungstermin()) ? null
                        : new Aenderung<>(vorher.ueberpruefungstermin(), nachher.ueberpruefungstermin()));
    }

    private static <T> Aenderungen<T> aenderungen(List<T> vorher, List<T> nachher, Function<T, UUID> kennung) {
        Map<UUID, T> frueher = new LinkedHashMap<>();
        vorher.forEach(eintrag -> frueher.put(kennung.apply(eintrag), eintrag));
        List<T> hinzugefuegt = new ArrayList<>();
        List<Aenderung<T>> geaendert = new ArrayList<>();
        for (T eintrag : nachher) {
            T alt = frueher.remove(kennung.apply(eintrag));
            if (alt == null) {
                hinzugefuegt.add(eintrag);
            } else if (!alt.equals(eintrag)) {
                geaendert.add(new Aenderung<>(alt, eintrag));
            }
        }
        return new Aenderungen<>(hinzugefuegt, List.copyOf(frueher.values()), geaendert);
    }
}
