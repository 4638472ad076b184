package de.fallbuch.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.fall.Hemmnis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PruefungTest {

    private static final LocalDate HEUTE = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @EnumSource(Textart.class)
    void jedeTextartNimmtGenauIhreHoechstlaengeAnUndKeinZeichenMehr(Textart art) {
        String genau = "ä".repeat(art.maxZeichen());
        assertThat(Pruefung.pflichttext(genau, art, "feld", "fehlt")).isEqualTo(genau);
        assertThatThrownBy(() -> Pruefung.pflichttext(genau + "x", art, "feld", "fehlt"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessageStartingWith("Das Feld „feld“ ist zu lang")
                .extracting("feld").isEqualTo("feld");
    }

    @Test
    void gezaehltWerdenZeichenNichtUtf16Einheiten() {
        // 100 emoji are 200 UTF-16 units but 100 characters: a name of them is (just) allowed.
        String hundertEmoji = "\uD83D\uDE00".repeat(100);
        assertThat(Pruefung.pflichttext(hundertEmoji, Textart.NAME, "n", "fehlt")).isEqualTo(hundertEmoji);
    }

    @Test
    void textWirdNachNfcNormalisiertUndBereinigt() {
        assertThat(Pruefung.pflichttext("  Mu\u0308ller\t", Textart.NAME, "n", "fehlt")).isEqualTo("Müller");
        // Normalisation happens before counting: 100 decomposed umlauts (200 code points) are 100 characters.
        assertThat(Pruefung.pflichttext("u\u0308".repeat(100), Textart.NAME, "n", "fehlt")).hasSize(100);
    }

    @Test
    void fehlenderOderLeererTextIstNullOderDieMeldung() {
        assertThat(Pruefung.optionalerText(null, Textart.FREITEXT, "f")).isNull();
        assertThat(Pruefung.optionalerText(" \n\t ", Textart.FREITEXT, "f")).isNull();
        assertThatThrownBy(() -> Pruefung.pflichttext(" ", Textart.NAME, "person.vorname", "Der Vorname fehlt."))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der Vorname fehlt.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0000, 0x0007, 0x001B, 0x007F, 0x0085, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF, 0xFDD0})
    void steuerzeichenUndNichtzeichenSindNirgendsErlaubt(int zeichen) {
        String text = "ab" + new String(Character.toChars(zeichen)) + "cd";
        for (Textart art : Textart.values()) {
            assertThatThrownBy(() -> Pruefung.optionalerText(text, art, "f"))
                    .isInstanceOf(UngueltigeAngabe.class)
                    .hasMessage("Das Feld „f“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+%04X).", zeichen);
        }
    }

    @Test
    void einEinzelnesSurrogatImStringWirdAbgelehnt() {
        assertThatThrownBy(() -> Pruefung.optionalerText("ab\uD83Dcd", Textart.FREITEXT, "f"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessageContaining("U+D83D");
    }

    @Test
    void zeilenumbruecheUndTabsNurInMehrzeiligenArten() {
        assertThat(Pruefung.optionalerText("a\r\nb\tc", Textart.FREITEXT, "f")).isEqualTo("a\r\nb\tc");
        assertThat(Pruefung.optionalerText("a\nb", Textart.EINTRAG, "f")).isEqualTo("a\nb");
        for (Textart art : List.of(Textart.NAME, Textart.ANSCHRIFTTEIL, Textart.KURZTEXT)) {
            assertThatThrownBy(() -> Pruefung.optionalerText("a\nb", art, "f"))
                    .isInstanceOf(UngueltigeAngabe.class)
                    .hasMessage("Das Feld „f“ ist einzeilig: Zeilenumbrüche und Tabulatoren sind hier nicht möglich.");
        }
    }

    @Test
    void richtungssteuerzeichenNurInMehrzeiligenTexten() {
        for (int zeichen : new int[] {0x202A, 0x202E, 0x2066, 0x2069, 0x2028}) {
            String text = "Anna" + (char) zeichen + "Maria";
            assertThatThrownBy(() -> Pruefung.optionalerText(text, Textart.NAME, "f")).isInstanceOf(UngueltigeAngabe.class);
            assertThat(Pruefung.optionalerText(text, Textart.FREITEXT, "f")).isEqualTo(text);
        }
    }

    @Test
    void listenOhneLeereEintraegeUndHoechstens50() {
        assertThat(Pruefung.liste(null, "l")).isEmpty();
        assertThat(Pruefung.liste(Collections.nCopies(Grenzen.MAX_LISTENEINTRAEGE, "x"), "l")).hasSize(50);
        assertThatThrownBy(() -> Pruefung.liste(Collections.nCopies(51, "x"), "unterlagen"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Die Liste „unterlagen“ hat 51 Einträge; erlaubt sind höchstens 50.");
        assertThatThrownBy(() -> Pruefung.liste(Arrays.asList("a", null), "unterlagen"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Die Liste „unterlagen“ enthält einen leeren Eintrag (null).")
                .extracting("feld").isEqualTo("unterlagen[1]");
    }

    @Test
    void eineAuswahlOhneLeereEintraege() {
        assertThat(Pruefung.auswahl(List.of(Hemmnis.SUCHT, Hemmnis.SUCHT), Hemmnis.class, "h")).containsExactly(Hemmnis.SUCHT);
        List<Hemmnis> mitNull = new ArrayList<>();
        mitNull.add(null);
        assertThatThrownBy(() -> Pruefung.auswahl(mitNull, Hemmnis.class, "hemmnisse")).isInstanceOf(UngueltigeAngabe.class);
    }

    @Test
    void geschaeftsdatenLiegenZwischen2000Und2099() {
        assertThat(Pruefung.geschaeftsdatum(null, "d")).isNull();
        assertThat(Pruefung.geschaeftsdatum(LocalDate.of(2000, 1, 1), "d")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(Pruefung.geschaeftsdatum(LocalDate.of(2099, 12, 31), "d")).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThatThrownBy(() -> Pruefung.geschaeftsdatum(LocalDate.of(1, 1, 1), "eingangsdatum"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Das Datum 01.01.0001 im Feld „eingangsdatum“ ist nicht plausibel: es muss zwischen dem 01.01.2000 "
                        + "und dem 31.12.2099 liegen.");
        assertThatThrownBy(() -> Pruefung.geschaeftsdatum(LocalDate.of(2100, 1, 1), "frist")).isInstanceOf(UngueltigeAngabe.class);
    }

    @Test
    void geburtsdatenAb1900UndNichtInDerZukunft() {
        assertThat(Pruefung.geburtsdatum(LocalDate.of(1900, 1, 1), HEUTE, "g")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Pruefung.geburtsdatum(HEUTE, HEUTE, "g")).isEqualTo(HEUTE);
        assertThatThrownBy(() -> Pruefung.geburtsdatum(LocalDate.of(87, 2, 14), HEUTE, "g"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Das Geburtsdatum 14.02.0087 ist nicht plausibel: es liegt vor dem 01.01.1900.");
        assertThatThrownBy(() -> Pruefung.geburtsdatum(HEUTE.plusDays(1), HEUTE, "g"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Das Geburtsdatum liegt in der Zukunft.");
        assertThatThrownBy(() -> Pruefung.geburtsdatum(null, HEUTE, "g"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Das Geburtsdatum fehlt.");
    }

    @Test
    void monatlicheBetraegeVonEinemCentBis100000Euro() {
        assertThat(Pruefung.betragMonatlich(1L, "b")).isEqualTo(1L);
        assertThat(Pruefung.betragMonatlich(10_000_000L, "b")).isEqualTo(10_000_000L);
        assertThatThrownBy(() -> Pruefung.betragMonatlich(10_000_001L, "betragMonatlichCent"))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Der monatliche Betrag darf höchstens 100.000,00 € betragen.");
        assertThatThrownBy(() -> Pruefung.betragMonatlich(Long.MAX_VALUE, "b")).isInstanceOf(UngueltigeAngabe.class);
        assertThatThrownBy(() -> Pruefung.betragMonatlich(0L, "b"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der monatliche Betrag muss größer als 0 Cent sein.");
        assertThatThrownBy(() -> Pruefung.betragMonatlich(null, "b")).isInstanceOf(UngueltigeAngabe.class);
    }

    @Test
    void einePersonWirdErstBeimPruefenAbgelehntNieBeimBauen() {
        Person alt = new Person(null, "S".repeat(300), LocalDate.of(1850, 1, 1), new Anschrift("", "1", null));
        assertThat(alt.nachname()).hasSize(300);
        assertThatThrownBy(() -> alt.geprueft(HEUTE)).isInstanceOf(UngueltigeAngabe.class).hasMessage("Der Vorname fehlt.");
        assertThatThrownBy(() -> new Anschrift("Weg 1", "４８１４３", "Münster").geprueft())
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Eine Postleitzahl hat fünf Ziffern.");
    }
}
