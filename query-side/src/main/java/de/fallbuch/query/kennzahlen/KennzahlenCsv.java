package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.kennzahlen.Dichte;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import de.fallbuch.query.common.CsvZellen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The Kennzahlen as CSV in long form: one figure per line with the columns {@code stichtag, von,
 * bis, dienststelle, kennzahl, leistungsart, bezug, wert}, so spreadsheets and statistics tools
 * can filter and pivot without knowing the layout in advance. Two formats (docs/kennzahlen.md):
 * international (comma, decimal point) and German ({@code format=de}: semicolon, decimal comma,
 * with a byte order mark so spreadsheet programs read the umlauts as UTF-8).
 */
final class KennzahlenCsv {

    enum Format {
        INTERNATIONAL(','),
        DEUTSCH(';');

        private final char trenner;

        Format(char trenner) {
            this.trenner = trenner;
        }
    }

    static final List<String> SPALTEN = List.of("stichtag", "von", "bis", "dienststelle", "kennzahl", "leistungsart", "bezug", "wert");
    /** A figure withheld because it could identify a person: the sign official German statistics use ("geheim zu halten"). */
    static final String UNTERDRUECKT = "•";

    private KennzahlenCsv() {
    }

    static String csv(Kennzahlen k, Format format) {
        List<List<Object>> zeilen = new ArrayList<>();
        Stream.concat(k.dienststellen().stream(), Stream.of(k.gesamt())).forEach(b -> bereich(k, b, zeilen));
        for (String hinweis : k.hinweise()) {
            zeilen.add(zeile(k, "", "hinweis", null, null, List.of(), "", hinweis));
        }
        CSVFormat csv = CSVFormat.RFC4180.builder()
                .setDelimiter(format.trenner)
                .setRecordSeparator("\r\n")
                // text quoted, numbers bare: a neutralised text cell is always quoted (CsvZellen)
                .setQuoteMode(QuoteMode.NON_NUMERIC)
                .setNullString("")
                .get();
        StringBuilder text = new StringBuilder(format == Format.DEUTSCH ? "\uFEFF" : "");
        try (CSVPrinter drucker = new CSVPrinter(text, csv)) {
            drucker.printRecord(SPALTEN);
            for (List<Object> zeile : zeilen) {
                drucker.printRecord(zeile.stream().map(wert -> feld(wert, format)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringBuilder does not fail
        }
        return text.toString();
    }

    private static void bereich(Kennzahlen k, KennzahlenBereich b, List<List<Object>> zeilen) {
        String ds = b.dienststelle();
        for (LeistungsartKennzahlen l : b.leistungsarten()) {
            String art = l.leistungsart().name();
            zeilen.add(zeile(k, ds, "empfaenger", art, null, l.unterdrueckt(), "empfaenger", l.empfaenger()));
            zeilen.add(zeile(k, ds, "anteil_empfaenger_prozent", art, null, l.unterdrueckt(), "anteilEmpfaengerProzent", l.anteilEmpfaengerProzent()));
            zeilen.add(zeile(k, ds, "betrag_monatlich_cent", art, null, l.unterdrueckt(), "betragMonatlichCent", l.betragMonatlichCent()));
            zeilen.add(zeile(k, ds, "anteil_betrag_prozent", art, null, l.unterdrueckt(), "anteilBetragProzent", l.anteilBetragProzent()));
            zeilen.add(zeile(k, ds, "betrag_je_empfaenger_cent", art, null, l.unterdrueckt(), "betragJeEmpfaengerCent", l.betragJeEmpfaengerCent()));
            for (Dichte d : l.dichten()) {
                zeilen.add(zeile(k, ds, "dichte_empfaenger", art, d.bezug(), d.unterdrueckt(), "empfaenger", d.empfaenger()));
                zeilen.add(zeile(k, ds, "dichte_einwohner", art, d.bezug(), d.unterdrueckt(), "einwohner", d.einwohner()));
                zeilen.add(zeile(k, ds, "dichte_je_1000_einwohner", art, d.bezug(), d.unterdrueckt(), "je1000Einwohner", d.je1000Einwohner()));
            }
        }
        zeilen.add(zeile(k, ds, "empfaenger_personen", null, null, b.unterdrueckt(), "empfaengerPersonen", b.empfaengerPersonen()));
        zeilen.add(zeile(k, ds, "leistungsbezuege", null, null, b.unterdrueckt(), "leistungsbezuege", b.leistungsbezuege()));
        zeilen.add(zeile(k, ds, "betrag_monatlich_cent", null, null, b.unterdrueckt(), "betragMonatlichCent", b.betragMonatlichCent()));
        zeilen.add(zeile(k, ds, "betrag_je_empfaenger_cent", null, null, b.unterdrueckt(), "betragJeEmpfaengerCent", b.betragJeEmpfaengerCent()));
        var dauer = b.bearbeitungsdauer();
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_anzahl", null, null, dauer.unterdrueckt(), "anzahl", dauer.anzahl()));
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_median_tage", null, null, dauer.unterdrueckt(), "medianTage", dauer.medianTage()));
        zeilen.add(zeile(k, ds, "bearbeitungsdauer_perzentil90_tage", null, null, dauer.unterdrueckt(), "perzentil90Tage", dauer.perzentil90Tage()));
        var e = b.erstentscheidungen();
        zeilen.add(zeile(k, ds, "erstentscheidungen", null, null, e.unterdrueckt(), "anzahl", e.anzahl()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_bewilligt", null, null, e.unterdrueckt(), "bewilligt", e.bewilligt()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_abgelehnt", null, null, e.unterdrueckt(), "abgelehnt", e.abgelehnt()));
        zeilen.add(zeile(k, ds, "erstentscheidungen_versagt", null, null, e.unterdrueckt(), "versagt", e.versagt()));
        zeilen.add(zeile(k, ds, "bewilligungsquote_prozent", null, null, e.unterdrueckt(), "bewilligungsquoteProzent", e.bewilligungsquoteProzent()));
        zeilen.add(zeile(k, ds, "ablehnungsquote_prozent", null, null, e.unterdrueckt(), "ablehnungsquoteProzent", e.ablehnungsquoteProzent()));
        zeilen.add(zeile(k, ds, "versagungsquote_prozent", null, null, e.unterdrueckt(), "versagungsquoteProzent", e.versagungsquoteProzent()));
        zeilen.add(zeile(k, ds, "antraege_zurueckgenommen", null, null, e.unterdrueckt(), "zurueckgenommen", e.zurueckgenommen()));
        var w = b.widersprueche();
        zeilen.add(zeile(k, ds, "bescheide_bekanntgegeben", null, null, w.unterdrueckt(), "bescheideBekanntgegeben", w.bescheideBekanntgegeben()));
        zeilen.add(zeile(k, ds, "widersprueche_eingegangen", null, null, w.unterdrueckt(), "eingegangen", w.eingegangen()));
        zeilen.add(zeile(k, ds, "widersprueche_rechtzeitig", null, null, w.unterdrueckt(), "rechtzeitig", w.rechtzeitig()));
        zeilen.add(zeile(k, ds, "widerspruchsquote_prozent", null, null, w.unterdrueckt(), "widerspruchsquoteProzent", w.widerspruchsquoteProzent()));
        zeilen.add(zeile(k, ds, "widersprueche_abgeholfen", null, null, w.unterdrueckt(), "abgeholfen", w.abgeholfen()));
        zeilen.add(zeile(k, ds, "widersprueche_zurueckgewiesen", null, null, w.unterdrueckt(), "zurueckgewiesen", w.zurueckgewiesen()));
        zeilen.add(zeile(k, ds, "abhilfequote_prozent", null, null, w.unterdrueckt(), "abhilfequoteProzent", w.abhilfequoteProzent()));
        var u = b.untaetigkeit();
        zeilen.add(zeile(k, ds, "antraege_unentschieden_ueber_6_monate", null, null, u.unterdrueckt(), "antraegeUeberSechsMonate", u.antraegeUeberSechsMonate()));
        zeilen.add(zeile(k, ds, "widersprueche_unentschieden_ueber_3_monate", null, null, u.unterdrueckt(), "widerspruecheUeberDreiMonate", u.widerspruecheUeberDreiMonate()));
        var h = b.hilfevereinbarungen();
        zeilen.add(zeile(k, ds, "hilfevereinbarungen_in_kraft", null, null, h.unterdrueckt(), "inKraft", h.inKraft()));
        zeilen.add(zeile(k, ds, "ziele_erreicht", null, null, h.unterdrueckt(), "zieleErreicht", h.zieleErreicht()));
        zeilen.add(zeile(k, ds, "ziele_verfehlt", null, null, h.unterdrueckt(), "zieleVerfehlt", h.zieleVerfehlt()));
        zeilen.add(zeile(k, ds, "zielerreichungsquote_prozent", null, null, h.unterdrueckt(), "zielerreichungsquoteProzent", h.zielerreichungsquoteProzent()));
    }

    private static List<Object> zeile(Kennzahlen k, String dienststelle, String kennzahl, String leistungsart, String bezug,
            List<String> unterdrueckt, String feld, Object wert) {
        List<Object> zeile = new ArrayList<>();
        zeile.add(k.stichtag().toString());
        zeile.add(k.von().toString());
        zeile.add(k.bis().toString());
        zeile.add(dienststelle);
        zeile.add(kennzahl);
        zeile.add(leistungsart);
        zeile.add(bezug);
        zeile.add(unterdrueckt.contains(feld) ? UNTERDRUECKT : wert);
        return zeile;
    }

    /** Numbers stay numbers (bare, never altered); every text is neutralised against formulas. */
    private static Object feld(Object wert, Format format) {
        if (wert == null || wert instanceof Integer || wert instanceof Long || wert instanceof BigInteger) {
            return wert;
        }
        if (wert instanceof BigDecimal zahl) {
            return format == Format.DEUTSCH ? new Dezimalkomma(zahl) : zahl;
        }
        return CsvZellen.ohneFormel(wert.toString());
    }

    /** A decimal as German spreadsheets read it (comma); a Number, so the writer leaves it unquoted like any figure. */
    private static final class Dezimalkomma extends Number {

        private final BigDecimal zahl;

        Dezimalkomma(BigDecimal zahl) {
            this.zahl = zahl;
        }

        @Override
        public String toString() {
            return zahl.toPlainString().replace('.', ',');
        }

        @Override
        public int intValue() {
            return zahl.intValue();
        }

        @Override
        public long longValue() {
            return zahl.longValue();
        }

        @Override
        public float floatValue() {
            return zahl.floatValue();
        }

        @Override
        public double doubleValue() {
            return zahl.doubleValue();
        }
    }
}
