package de.fallbuch.app.oberflaeche.kennzahlen;

import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.kernel.kennzahlen.Bearbeitungsdauer;
import de.fallbuch.kernel.kennzahlen.Dichte;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The figures as horizontal bars drawn with CSS alone (no JavaScript, no build step): each bar
 * knows its label, its value as Germans read it and its width relative to the longest bar of its
 * chart. The width is a plain CSS percentage and therefore formatted with a dot, whatever the locale.
 */
final class Diagramme {

    /**
     * One bar; {@code zusatz} explains the label where needed (the population a density refers to),
     * {@code art} gives each kind of bar its colour (median and 90th percentile differ).
     */
    record Balken(String bezeichnung, String zusatz, String wert, String breite, String art) {
    }

    record Diagramm(String kennung, String titel, String erklaerung, List<Balken> balken) {
    }

    private Diagramme() {
    }

    static List<Diagramm> aus(Kennzahlen k, Formate formate) {
        KennzahlenBereich gesamt = k.gesamt();
        List<LeistungsartKennzahlen> mitBezug = gesamt.leistungsarten().stream()
                .filter(la -> la.empfaenger() > 0 || la.betragMonatlichCent().signum() > 0).toList();

        List<Wert> anteileEmpfaenger = mitBezug.stream()
                .map(la -> new Wert(la.leistungsart().bezeichnung(), la.anteilEmpfaengerProzent(),
                        formate.prozent(la.anteilEmpfaengerProzent()) + " (" + formate.anzahl(la.empfaenger()) + ")", "anteil"))
                .toList();
        List<Wert> betraege = mitBezug.stream()
                .map(la -> new Wert(la.leistungsart().bezeichnung(), new BigDecimal(la.betragMonatlichCent()),
                        formate.euro(la.betragMonatlichCent()) + " (" + formate.prozent(la.anteilBetragProzent()) + ")", "betrag"))
                .toList();
        List<Wert> dichten = new ArrayList<>();
        for (LeistungsartKennzahlen la : mitBezug) {
            for (Dichte d : la.dichten()) {
                if (d.je1000Einwohner() != null) {
                    dichten.add(new Wert(la.leistungsart().bezeichnung(), d.bezug(), d.je1000Einwohner(),
                            formate.dezimal(d.je1000Einwohner()), "dichte"));
                }
            }
        }
        List<Wert> dauer = new ArrayList<>();
        Stream.concat(k.dienststellen().stream(), Stream.of(gesamt)).forEach(b -> {
            Bearbeitungsdauer d = b.bearbeitungsdauer();
            if (d != null && d.anzahl() > 0) {
                dauer.add(new Wert(b.dienststelle() + " – Median", d.medianTage(), formate.dezimal(d.medianTage()) + " Tage", "median"));
                if (d.perzentil90Tage() != null) {
                    dauer.add(new Wert(b.dienststelle() + " – 90. Perzentil", BigDecimal.valueOf(d.perzentil90Tage()),
                            formate.anzahl(d.perzentil90Tage()) + " Tage", "p90"));
                }
            }
        });
        return List.of(
                new Diagramm("diagramm-anteile", "Anteile der Leistungsbeziehenden nach Leistungsart",
                        "Anteil an allen Leistungsbezügen am Stichtag, insgesamt (in Klammern: Personen)", balken(anteileEmpfaenger)),
                new Diagramm("diagramm-betraege", "Monatliche Zahlungen nach Leistungsart",
                        "Summe der am Stichtag laufenden Bewilligungen, insgesamt (in Klammern: Anteil)", balken(betraege)),
                new Diagramm("diagramm-dichten", "Dichte je 1.000 Einwohner",
                        "Leistungsbeziehende je 1.000 Einwohner der Altersgruppen, die die Leistung erhalten können, insgesamt",
                        balken(dichten)),
                new Diagramm("diagramm-bearbeitungsdauer", "Bearbeitungszeiten",
                        "Tage vom Antragseingang bis zur ersten Entscheidung im Zeitraum: Median und 90. Perzentil", balken(dauer)));
    }

    private record Wert(String bezeichnung, String zusatz, BigDecimal groesse, String text, String art) {

        Wert(String bezeichnung, BigDecimal groesse, String text, String art) {
            this(bezeichnung, null, groesse, text, art);
        }
    }

    private static List<Balken> balken(List<Wert> werte) {
        BigDecimal groesste = werte.stream().map(Wert::groesse).filter(g -> g != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return werte.stream().map(w -> new Balken(w.bezeichnung(), w.zusatz(), w.text(), breite(w.groesse(), groesste), w.art())).toList();
    }

    private static String breite(BigDecimal wert, BigDecimal groesste) {
        if (wert == null || groesste.signum() <= 0) {
            return "0%";
        }
        BigDecimal prozent = wert.multiply(BigDecimal.valueOf(100)).divide(groesste, 2, RoundingMode.HALF_UP);
        return String.format(Locale.ROOT, "%.2f%%", prozent);
    }
}
