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
import java.util.stream.Stream;

/**
 * The figures as horizontal bars drawn with CSS alone (no JavaScript, no build step): each bar
 * knows its label, its value as Germans read it and its width relative to the longest bar of its
 * chart, as a CSS class (no style attribute, see {@link #breite}). A figure withheld to protect a
 * person is shown as such, without a bar.
 */
final class Diagramme {

    /**
     * One bar; {@code zusatz} explains the label where needed (the population a density refers to),
     * {@code art} gives each kind of bar its colour (median and 90th percentile differ), {@code breite} is a CSS class.
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
                .filter(la -> la.unterdrueckt().contains("empfaenger") || la.empfaenger() > 0 || la.betragMonatlichCent().signum() > 0).toList();

        // A figure withheld (docs/kennzahlen.md, "Geheimhaltung") keeps its row, without a bar.
        List<Wert> anteileEmpfaenger = mitBezug.stream()
                .map(la -> la.anteilEmpfaengerProzent() == null ? Wert.geheim(la.leistungsart().bezeichnung(), "anteil")
                        : new Wert(la.leistungsart().bezeichnung(), la.anteilEmpfaengerProzent(),
                                formate.prozent(la.anteilEmpfaengerProzent()) + " (" + anzahl(formate, la.empfaenger()) + ")", "anteil"))
                .toList();
        List<Wert> betraege = mitBezug.stream()
                .map(la -> la.betragMonatlichCent() == null ? Wert.geheim(la.leistungsart().bezeichnung(), "betrag")
                        : new Wert(la.leistungsart().bezeichnung(), new BigDecimal(la.betragMonatlichCent()),
                                formate.euro(la.betragMonatlichCent()) + " (" + prozent(formate, la.anteilBetragProzent()) + ")", "betrag"))
                .toList();
        List<Wert> dichten = new ArrayList<>();
        for (LeistungsartKennzahlen la : mitBezug) {
            for (Dichte d : la.dichten()) {
                if (d.unterdrueckt().contains("je1000Einwohner")) {
                    dichten.add(new Wert(la.leistungsart().bezeichnung(), d.bezug(), null, GEHEIM, "dichte"));
                } else if (d.je1000Einwohner() != null) {
                    dichten.add(new Wert(la.leistungsart().bezeichnung(), d.bezug(), d.je1000Einwohner(),
                            formate.dezimal(d.je1000Einwohner()), "dichte"));
                }
            }
        }
        List<Wert> dauer = new ArrayList<>();
        Stream.concat(k.dienststellen().stream(), Stream.of(gesamt)).forEach(b -> {
            Bearbeitungsdauer d = b.bearbeitungsdauer();
            if (d != null && d.unterdrueckt().contains("medianTage")) {
                dauer.add(Wert.geheim(b.dienststelle() + " – Median", "median"));
            } else if (d != null && d.anzahl() > 0) {
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

    /** What a withheld figure shows: the sign of official statistics for "geheim zu halten". */
    static final String GEHEIM = "• (geheim gehalten)";

    private record Wert(String bezeichnung, String zusatz, BigDecimal groesse, String text, String art) {

        Wert(String bezeichnung, BigDecimal groesse, String text, String art) {
            this(bezeichnung, null, groesse, text, art);
        }

        static Wert geheim(String bezeichnung, String art) {
            return new Wert(bezeichnung, null, null, GEHEIM, art);
        }
    }

    private static String anzahl(Formate formate, Integer anzahl) {
        return anzahl == null ? "•" : formate.anzahl(anzahl);
    }

    private static String prozent(Formate formate, BigDecimal prozent) {
        return prozent == null ? "•" : formate.prozent(prozent);
    }

    private static List<Balken> balken(List<Wert> werte) {
        BigDecimal groesste = werte.stream().map(Wert::groesse).filter(g -> g != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return werte.stream().map(w -> new Balken(w.bezeichnung(), w.zusatz(), w.text(), breite(w.groesse(), groesste), w.art())).toList();
    }

    /**
     * The bar's width as a CSS class {@code breite-0} … {@code breite-100} in steps of 5 % (fallbuch.css): a
     * style attribute would need 'unsafe-inline' in the Content-Security-Policy. The exact value stands
     * next to the bar, so steps of 5 % lose nothing a reader needs.
     */
    private static String breite(BigDecimal wert, BigDecimal groesste) {
        if (wert == null || groesste.signum() <= 0) {
            return "breite-0";
        }
        int prozent = wert.multiply(BigDecimal.valueOf(20)).divide(groesste, 0, RoundingMode.HALF_UP).intValue() * 5;
        return "breite-" + Math.max(0, Math.min(100, prozent));
    }
}
