package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.kennzahlen.Dichte;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Kennzahlen as CSV in long form: one figure per line with the columns {@code stichtag, von,
 * bis, dienststelle, kennzahl, leistungsart, bezug, wert}, so spreadsheets and statistics tools
 * can filter and pivot without knowing the layout in advance. Two formats (docs/kennzahlen.md):
 * international (comma, decimal point) and German ({@code format=de}: semicolon, decimal comma,
 * with a byte order mark so spreadsheet programs read the umlauts as UTF-8).
 */
final class KennzahlenCsv {

    enum Format {
        INTERNATIONAL(',', '.'),
        DEUTSCH(';', ',');

        private final char trenner;
        private final char dezimalzeichen;

        Format(char trenner, char dezimalzeichen) {
            this.trenner = trenner;
            this.dezimalzeichen = dezimalzeichen;
        }
    }

    static final List<String> SPALTEN = List.of("stichtag", "von", "bis", "dienststelle", "kennzahl", "leistungsart", "bezug", "wert");

    private KennzahlenCsv() {
    }

    static String csv(Kennzahlen k, Format format) {
        List<List<Object>> zeilen = new ArrayList<>();
        Stream.concat(k.dienststellen().stream(), Stream.of(k.gesamt())).forEach(b -> bereich(k, b, zeilen));
        for (String hinweis : k.hinweise()) {
            zeilen.add(zeile(k, "", "hinweis", null, null, hinweis));
        }
        StringBuilder text = new StringBuilder(format == Format.DEUTSCH ? "\uFEFF" : "");
        text.append(String.join(String.valueOf(format.trenner), SPALTEN)).append("\r\n");
        for (List<Object> zeile : zeilen) {
            for (int i = 0; i < zeile.size(); i++) {
                if (i > 0) {
                    text.append(format.trenner);
                }
                text.append(feld(zeile.get(i), format));
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    private static void bereich(Kennzahlen k, KennzahlenBereich b, List<List<Object>> zeilen) {
        String ds = b.dienststelle();
        for (LeistungsartKennzahlen l : b.leistungsarten()) {
            String art = l.leistungsart().name();
            zeilen.add(zeile(k, ds, "empfaenger", art, null, l.empfaenger()));
            zeilen.add(zeile(k, ds, "anteil_empfaenger_prozent", art, null, l.anteilEmpfaengerProzent()));
            zeilen.add(zeile(k, ds, "betrag_monatlich_cent", art, null, l.betragMonatlichCent()));
            zeilen.add(zeile(k, ds, "anteil_betrag_prozent", art, null, l.anteilBetragProzent()));
            zeilen.add(zeile(k, ds, "betrag_je_empfaenger_cent", art, null, l.betragJeEmpfaengerCent()));
            for (Dichte d : l.dichten()) {
                zeilen.add(zeile(k, ds, "dichte_empfaenger", art, d.bezug(), d.empfaenger()));
                zeilen.add(zeile(k, ds, "dichte_einwohner", art, d.bezug(), d.einwohner()));
                zeilen.add(zeile(k, ds, "dichte_je_1000_einwohner", art, d.bezug(), d.je1000Einwohner()));
            }
        }
        zeilen.add(zeile(k, ds, "empfaenger_personen", null, null, b.empfaengerPersonen()));
        zeilen.add(zeile(k, ds, "leistungsbezuege", null, null, b.leistungsbezuege()));
        zeilen.add(zeile(k, ds, "betrag_monatlich_cent", null, null, b.betragMonatlichCent()));
        zeilen.add(zeile(k, ds, "betrag_je_empfaenger_cent", null, null, b.betragJeEmpfaengerCent()));
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_anzahl", null, null, b.bearbeitungsdauer().anzahl()));
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_median_tage", null, null, b.bearbeitungsdauer().medianTage()));
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_perzentil90_tage", null, null, b.bearbeitungsdauer().perzentil90Tage()));
        var e = b.erstentscheidungen();
        zeilen.add(zeile(k, ds, "erstentscheidungen", null, null, e.anzahl()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_bewilligt", null, null, e.bewilligt()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_abgelehnt", null, null, e.abgelehnt()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_versagt", null, null, e.versagt()));
        zeilen.add(zeile(k, ds, "bewilligungsquote_prozent", null, null, e.bewilligungsquoteProzent()));
        zeilen.add(zeile(k, ds, "ablehnungsquote_prozent", null, null, e.ablehnungsquoteProzent()));
        zeilen.add(zeile(k, ds, "versagungsquote_prozent", null, null, e.versagungsquoteProzent()));
        zeilen.add(zeile(k, ds, "antraege_zurueckgenommen", null, null, e.zurueckgenommen()));
        var w = b.widersprueche();
        zeilen.add(zeile(k, ds, "bescheide_bekanntgegeben", null, null, w.bescheideBekanntgegeben()));
        zeilen.add(zeile(k, ds, "widersprueche_eingegangen", null, null, w.eingegangen()));
        zeilen.add(zeile(k, ds, "widersprueche_rechtzeitig", null, null, w.rechtzeitig()));
        zeilen.add(zeile(k, ds, "widerspruchsquote_prozent", null, null, w.widerspruchsquoteProzent()));
        zeilen.add(zeile(k, ds, "widersprueche_abgeholfen", null, null, w.abgeholfen()));
        zeilen.add(zeile(k, ds, "widersprueche_zurueckgewiesen", null, null, w.zurueckgewiesen()));
        zeilen.add(zeile(k, ds, "abhilfequote_prozent", null, null, w.abhilfequoteProzent()));
        zeilen.add(zeile(k, ds, "antraege_unentschieden_ueber_6_monate", null, null, b.untaetigkeit().antraegeUeberSechsMonate()));
        zeilen.add(zeile(k, ds, "widersprueche_unentschieden_ueber_3_monate", null, null, b.untaetigkeit().widerspruecheUeberDreiMonate()));
        var h = b.hilfevereinbarungen();
        zeilen.add(zeile(k, ds, "hilfevereinbarungen_in_kraft", null, null, h.inKraft()));
        zeilen.add(zeile(k, ds, "ziele_erreicht", null, null, h.zieleErreicht()));
        zeilen.add(zeile(k, ds, "ziele_verfehlt", null, null, h.zieleVerfehlt()));
        zeilen.add(zeile(k, ds, "zielerreichungsquote_prozent", null, null, h.zielerreichungsquoteProzent()));
    }

    private static List<Object> zeile(Kennzahlen k, String dienststelle, String kennzahl, String leistungsart, String bezug, Object wert) {
        List<Object> zeile = new ArrayList<>();
        zeile.add(k.stichtag());
        zeile.add(k.von());
        zeile.add(k.bis());
        zeile.add(dienststelle);
        zeile.add(kennzahl);
        zeile.add(leistungsart);
        zeile.add(bezug);
        zeile.add(wert);
        return zeile;
    }

    private static String feld(Object wert, Format format) {
        if (wert == null) {
            return "";
        }
        String text = wert instanceof BigDecimal zahl ? zahl.toPlainString().replace('.', format.dezimalzeichen) : wert.toString();
        if (text.indexOf(format.trenner) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
