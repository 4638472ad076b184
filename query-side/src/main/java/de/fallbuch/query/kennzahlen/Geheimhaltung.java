package de.fallbuch.query.kennzahlen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cell suppression for the Kennzahlen (docs/kennzahlen.md, "Geheimhaltung"): the method official
 * statistics use for frequency tables, applied to the persons (Fälle) behind every count.
 *
 * <ol>
 * <li><b>Primary suppression:</b> a count cell that rests on at least one but fewer than
 * {@code mindestfallzahl} distinct persons is suppressed.</li>
 * <li><b>Secondary suppression:</b> every published sum ("Summe": the Leistungsarten of a
 * Dienststelle add up to its Leistungsbezüge, the Dienststellen add up to "Gesamt", bewilligt +
 * abgelehnt + versagt = Erstentscheidungen, …) is a line {@code total = Σ parts}. In a line that
 * holds an unknown cell, at least two cells must be unknown (so none follows from the others), and
 * where the total is published, the unknown parts together must rest on at least
 * {@code mindestfallzahl} persons (so "total minus the rest" tells nothing about one or two
 * persons). Where that does not hold, the part resting on the fewest persons is suppressed too
 * (the total if no part is left); this repeats over all lines until nothing changes.</li>
 * </ol>
 *
 * Some parts are never published ({@link #verborgen}: e.g. the late Widersprüche, the recipients of
 * Grundsicherung under 65). They are unknown to a reader from the start; they count as protection
 * only when they rest on enough persons or none, and are suppressed "primarily" like any cell when
 * one or two persons stand behind them, so that a published line cannot reveal them either.
 *
 * <p>Amounts, averages, medians, percentiles and shares are not cells of their own: each is shown
 * only where the counts it rests on are shown. Amount sums add up along the same lines as their
 * counts, so the same pattern protects them.
 */
final class Geheimhaltung {

    /** A count: the area ("Innenstadt", "Gesamt") and the figure's key within it. */
    record Zelle(String bereich, String kennung) {
    }

    /** {@code summe} = Σ {@code teile}. */
    record Linie(List<Zelle> teile, Zelle summe) {
    }

    private final Map<Zelle, Set<UUID>> personen = new LinkedHashMap<>();
    private final Set<Zelle> verborgen = new HashSet<>();
    private final List<Linie> linien = new ArrayList<>();

    /** A count and the persons it rests on; {@code nurIntern}: a part never published. */
    void zelle(String bereich, String kennung, Collection<UUID> personenDerZelle, boolean nurIntern) {
        Zelle zelle = new Zelle(bereich, kennung);
        personen.put(zelle, Set.copyOf(personenDerZelle));
        if (nurIntern) {
            verborgen.add(zelle);
        }
    }

    void linie(List<Zelle> teile, Zelle summe) {
        linien.add(new Linie(List.copyOf(teile), summe));
    }

    /** The cells a reader must not learn: suppressed and never published ones. */
    Set<Zelle> unbekannt(int mindestfallzahl) {
        Set<Zelle> unbekannt = new HashSet<>();
        for (Map.Entry<Zelle, Set<UUID>> zelle : personen.entrySet()) {
            if (schutzbeduerftig(zelle.getValue(), mindestfallzahl)) {
                unbekannt.add(zelle.getKey());
            }
        }
        // Never-published parts that rest on enough persons (or none) may be worked out: they
        // become unknown only where they are needed to protect another cell.
        Set<Zelle> harmlosVerborgen = new HashSet<>(verborgen);
        harmlosVerborgen.removeAll(unbekannt);
        boolean geaendert = true;
        while (geaendert) {
            geaendert = false;
            for (Linie linie : linien) {
                while (schuetzen(linie, unbekannt, harmlosVerborgen, mindestfallzahl)) {
                    geaendert = true;
                }
            }
        }
        unbekannt.addAll(verborgen);
        return unbekannt;
    }

    /** Makes one more cell of the line unknown if the line needs it; true if it did. */
    private boolean schuetzen(Linie linie, Set<Zelle> unbekannt, Set<Zelle> harmlosVerborgen, int mindestfallzahl) {
        List<Zelle> alle = new ArrayList<>(linie.teile());
        alle.add(linie.summe());
        List<Zelle> offen = alle.stream().filter(z -> personen.containsKey(z) && !unbekannt.contains(z)).toList();
        long anzahlUnbekannt = alle.stream().filter(z -> unbekannt.contains(z) || harmlosVerborgen.contains(z)).count();
        boolean schutzbeduerftig = alle.stream().anyMatch(unbekannt::contains);
        if (!schutzbeduerftig) {
            return false;
        }
        boolean genugUnbekannt = anzahlUnbekannt >= 2;
        if (genugUnbekannt && unbekannt.contains(linie.summe())) {
            return false;
        }
        if (genugUnbekannt) {
            Set<UUID> dahinter = new HashSet<>();
            linie.teile().stream().filter(z -> unbekannt.contains(z) || harmlosVerborgen.contains(z))
                    .forEach(z -> dahinter.addAll(personen.getOrDefault(z, Set.of())));
            if (dahinter.size() >= mindestfallzahl) {
                return false;
            }
        }
        // The part resting on the fewest persons (a part with nobody behind it protects nothing);
        // a never-published part that is still harmless counts as unknown already.
        Zelle naechste = offen.stream()
                .filter(z -> !z.equals(linie.summe()) && !harmlosVerborgen.contains(z) && !personen.get(z).isEmpty())
                .min(Comparator.<Zelle>comparingInt(z -> personen.get(z).size()).thenComparing(Zelle::kennung))
                .orElse(null);
        if (naechste == null && offen.contains(linie.summe())) {
            naechste = linie.summe();
        }
        if (naechste == null) {
            return false;
        }
        unbekannt.add(naechste);
        return true;
    }

    private static boolean schutzbeduerftig(Set<UUID> personen, int mindestfallzahl) {
        return !personen.isEmpty() && personen.size() < mindestfallzahl;
    }
}
