package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Form fields as a German office types them: what each input means, and what is refused with which message. */
class EingabenTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "„{0}“ sind {1} Cent")
    @CsvSource(delimiter = '|', value = {
            "1.000         | 100000",
            "1.000,50      | 100050",
            "1000,5        | 100050",
            "1.234.567,89  | 123456789",
            "' 12 €'       | 1200",
            "12,5          | 1250",
            "12,50 €       | 1250",
            "0,99          | 99",
            ",50           | 50",
            "12,           | 1200",
            "100,-         | 10000",
            "1 000,50      | 100050",
            "EUR 45        | 4500",
            "12.345        | 1234500",
            "980,5 €       | 98050",
            "1250          | 125000",
            "-5            | -500",
    })
    void betraegeBedeutenWasEinDeutscherMeint(String eingabe, long cent) {
        assertThat(Eingaben.cent("betragMonatlich", eingabe)).isEqualTo(cent);
    }

    @ParameterizedTest(name = "„{0}“ wird abgelehnt: {1}")
    @CsvSource(delimiter = '|', value = {
            "1,000.50  | „1,000.50“ ist in englischer Schreibweise. Bitte Punkt für Tausender und Komma für Cent, z. B. 1.000,50.",
            "1.00      | „1.00“ ist nicht eindeutig: der Punkt trennt nur Tausender (1.000 sind tausend Euro). Cent bitte mit Komma angeben, z. B. 1,00.",
            "1000.5    | „1000.5“ ist nicht eindeutig: der Punkt trennt nur Tausender (1.000 sind tausend Euro). Cent bitte mit Komma angeben, z. B. 1000,5.",
            "12,345    | „12,345“ hat mehr als zwei Nachkommastellen. Bitte Euro und Cent angeben, z. B. 12,35 – Tausender werden mit Punkt getrennt (12.345).",
            "0,001     | „0,001“ hat mehr als zwei Nachkommastellen. Bitte Euro und Cent angeben, z. B. 12,35 – Tausender werden mit Punkt getrennt (12.345).",
            "1.2.3     | „1.2.3“ ist kein Betrag: Tausenderpunkte stehen nach je drei Ziffern, z. B. 1.234.567,89.",
            "1.0000    | „1.0000“ ist kein Betrag: Tausenderpunkte stehen nach je drei Ziffern, z. B. 1.234.567,89.",
            "12.34.567 | „12.34.567“ ist kein Betrag: Tausenderpunkte stehen nach je drei Ziffern, z. B. 1.234.567,89.",
            "zwölf     | Bitte einen Betrag in Euro angeben, z. B. 1.234,56.",
            "12a       | Bitte einen Betrag in Euro angeben, z. B. 1.234,56.",
            ",         | Bitte einen Betrag in Euro angeben, z. B. 1.234,56.",
            "1,2,3     | Bitte einen Betrag in Euro angeben, z. B. 1.234,56.",
            "99999999999999999999 | Der Betrag „99999999999999999999“ ist zu groß.",
    })
    void mehrdeutigeOderFalscheBetraegeWerdenMitGrundAbgelehnt(String eingabe, String meldung) {
        assertThatThrownBy(() -> Eingaben.cent("betragMonatlich", eingabe))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage(meldung)
                .extracting(e -> ((UngueltigeAngabe) e).feld()).isEqualTo("betragMonatlich");
    }

    @ParameterizedTest(name = "„{0}“ ist der {1}")
    @CsvSource(delimiter = '|', value = {
            "14.02.1987  | 1987-02-14",
            "14.2.1987   | 1987-02-14",
            "1.3.2026    | 2026-03-01",
            "2026-03-01  | 2026-03-01",
            "' 29.02.2024 ' | 2024-02-29",
            "31.12.1999  | 1999-12-31",
    })
    void datumAufDeutschOderAlsIso(String eingabe, LocalDate datum) {
        assertThat(Eingaben.datum("datum", eingabe)).isEqualTo(datum);
        assertThat(Eingaben.geburtsdatum("geburtsdatum", eingabe)).isEqualTo(datum);
    }

    @ParameterizedTest(name = "Geschäftsdatum „{0}“ ist der {1}")
    @CsvSource(delimiter = '|', value = {
            "1.3.26    | 2026-03-01",
            "14.02.00  | 2000-02-14",
            "31.12.99  | 2099-12-31",
    })
    void zweistelligeJahreSindBeiGeschaeftsdatenDiesesJahrhundert(String eingabe, LocalDate datum) {
        assertThat(Eingaben.datum("eingangsdatum", eingabe)).isEqualTo(datum);
    }

    @ParameterizedTest(name = "Geburtsdatum „{0}“ wird abgelehnt")
    @ValueSource(strings = {"14.2.87", "01.01.00", "1.1.26"})
    void zweistelligeJahreSindBeiGeburtsdatenMehrdeutig(String eingabe) {
        String jahr = eingabe.substring(eingabe.lastIndexOf('.') + 1);
        assertThatThrownBy(() -> Eingaben.geburtsdatum("geburtsdatum", eingabe))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Bitte das Jahr vierstellig angeben, z. B. 14.02.1987: bei „" + jahr
                        + "“ ist nicht klar, welches Jahrhundert gemeint ist.");
    }

    @ParameterizedTest(name = "„{0}“: {1}")
    @CsvSource(delimiter = '|', value = {
            "31.02.1987  | Den 31.02.1987 gibt es nicht.",
            "29.02.2025  | Den 29.02.2025 gibt es nicht (2025 ist kein Schaltjahr).",
            "29.2.1900   | Den 29.02.1900 gibt es nicht (1900 ist kein Schaltjahr).",
            "31.4.2026   | Den 31.04.2026 gibt es nicht.",
            "14.13.2026  | Den 14.13.2026 gibt es nicht.",
            "0.1.2026    | Den 00.01.2026 gibt es nicht.",
            "2025-02-29  | Den 29.02.2025 gibt es nicht (2025 ist kein Schaltjahr).",
            "2026-06-31  | Den 31.06.2026 gibt es nicht.",
            "30.2.26     | Den 30.02.2026 gibt es nicht.",
    })
    void einUnmoeglichesDatumWirdBeimNamenGenannt(String eingabe, String meldung) {
        assertThatThrownBy(() -> Eingaben.datum("datum", eingabe)).isInstanceOf(UngueltigeAngabe.class).hasMessage(meldung);
    }

    @ParameterizedTest(name = "„{0}“: {1}")
    @CsvSource(delimiter = '|', value = {
            "14.2.987    | Bitte das Jahr vierstellig angeben, z. B. 14.02.2026.",
            "14.2.19870  | Bitte das Jahr vierstellig angeben, z. B. 14.02.2026.",
            "14.2.       | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "14.02       | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "gestern     | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "14/02/2026  | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "2026-2-14   | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "1987-02-14T00:00:00Z | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
            "14.02.2026 12:00 | Bitte ein Datum im Format TT.MM.JJJJ angeben.",
    })
    void einFalschesFormatIstEinFormatfehler(String eingabe, String meldung) {
        assertThatThrownBy(() -> Eingaben.datum("datum", eingabe)).isInstanceOf(UngueltigeAngabe.class).hasMessage(meldung);
    }

    @ParameterizedTest(name = "„{0}“ ist {1}")
    @CsvSource(delimiter = '|', value = {
            "14.02.2026 13:45          | 2026-02-14T12:45:00Z",
            "14.2.2026 9:05            | 2026-02-14T08:05:00Z",
            "'14.02.2026, 13:45 Uhr'   | 2026-02-14T12:45:00Z",
            "14.02.2026 um 13:45       | 2026-02-14T12:45:00Z",
            "14.07.2026 13:45:30       | 2026-07-14T11:45:30Z",
            "2026-02-14T13:45          | 2026-02-14T12:45:00Z",
            "2026-02-14T13:45:07       | 2026-02-14T12:45:07Z",
            "2026-02-14 13:45          | 2026-02-14T12:45:00Z",
    })
    void zeitpunktAufDeutschOderAlsIso(String eingabe, Instant zeitpunkt) {
        assertThat(Eingaben.zeitpunkt("stand", eingabe, BERLIN)).isEqualTo(zeitpunkt);
    }

    @ParameterizedTest(name = "„{0}“: {1}")
    @CsvSource(delimiter = '|', value = {
            "gestern               | Bitte Datum und Uhrzeit angeben. Erwartet: TT.MM.JJJJ hh:mm, z. B. 14.02.2026 13:45.",
            "14.02.2026            | Bitte Datum und Uhrzeit angeben. Erwartet: TT.MM.JJJJ hh:mm, z. B. 14.02.2026 13:45.",
            "14/02/2026 13:45      | Bitte Datum und Uhrzeit angeben. Erwartet: TT.MM.JJJJ hh:mm, z. B. 14.02.2026 13:45.",
            "31.02.2026 13:45      | Den 31.02.2026 gibt es nicht.",
            "14.02.2026 25:00      | Die Uhrzeit 25:00 gibt es nicht.",
            "14.02.2026 13:60      | Die Uhrzeit 13:60 gibt es nicht.",
    })
    void einFalscherZeitpunktSagtWasFalschIst(String eingabe, String meldung) {
        assertThatThrownBy(() -> Eingaben.zeitpunkt("stand", eingabe, BERLIN)).isInstanceOf(UngueltigeAngabe.class).hasMessage(meldung);
    }

    @ParameterizedTest(name = "„{0}“ ist leer")
    @ValueSource(strings = {"", " ", "\t"})
    void leereFelderSindKeineAngabe(String eingabe) {
        assertThat(Eingaben.cent("betrag", eingabe)).isNull();
        assertThat(Eingaben.datum("datum", eingabe)).isNull();
        assertThat(Eingaben.geburtsdatum("geburtsdatum", eingabe)).isNull();
        assertThat(Eingaben.zeitpunkt("stand", eingabe, BERLIN)).isNull();
    }
}
