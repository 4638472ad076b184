package de.fallbuch.query.bevoelkerung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the population file with Commons CSV: quoting as RFC 4180, errors with the line an editor shows. */
class BevoelkerungsdatenTest {

    @Test
    void eineDienststelleMitSemikolonStehtInAnfuehrungszeichen() {
        List<Bevoelkerungsdaten.Zeile> zeilen = Bevoelkerungsdaten.pruefen("""
                \uFEFFjahr;dienststelle;altersgruppe;einwohner\r
                2026;"Nord; West";UNTER_18;120\r
                \r
                2026; Hiltrup ;AB_65; 7 \r
                """);
        assertThat(zeilen).containsExactly(new Bevoelkerungsdaten.Zeile(2026, "Nord; West", Altersgruppe.UNTER_18, 120),
                new Bevoelkerungsdaten.Zeile(2026, "Hiltrup", Altersgruppe.AB_65, 7));
    }

    @Test
    void fehlerNennenDieZeileAuchNachLeerzeilen() {
        assertThatThrownBy(() -> Bevoelkerungsdaten.pruefen("jahr;dienststelle;altersgruppe;einwohner\n\n\n2026;Mitte;AB_65\n"))
                .isInstanceOfSatisfying(Bevoelkerungsdaten.UngueltigeDatei.class, e -> assertThat(e.fehler())
                        .containsExactly("Zeile 4: Es werden 4 durch Semikolon getrennte Felder erwartet, gefunden: 3."));
    }

    @Test
    void einOffenesAnfuehrungszeichenWeistDieDateiAb() {
        assertThatThrownBy(() -> Bevoelkerungsdaten.pruefen("jahr;dienststelle;altersgruppe;einwohner\n2026;\"Mitte;AB_65;5\n"))
                .isInstanceOfSatisfying(Bevoelkerungsdaten.UngueltigeDatei.class, e -> assertThat(e.fehler()).singleElement()
                        .asString().isEqualTo("Zeile 2: Die Datei ist keine gültige CSV-Datei: ein Anführungszeichen ist nicht geschlossen oder steht "
                                + "mitten in einem Feld (Trenner ist das Semikolon; ein Feld mit Semikolon steht ganz in Anführungszeichen)."));
    }

    @Test
    void ohneRichtigeKopfzeileWirdNichtsGelesen() {
        assertThatThrownBy(() -> Bevoelkerungsdaten.pruefen("Jahr,Gebiet,Einwohner\n2026,Mitte,5\n"))
                .isInstanceOfSatisfying(Bevoelkerungsdaten.UngueltigeDatei.class, e -> assertThat(e.fehler())
                        .containsExactly("Zeile 1: Die Kopfzeile muss „jahr;dienststelle;altersgruppe;einwohner“ lauten."));
        assertThatThrownBy(() -> Bevoelkerungsdaten.pruefen(""))
                .isInstanceOf(Bevoelkerungsdaten.UngueltigeDatei.class);
    }
}
