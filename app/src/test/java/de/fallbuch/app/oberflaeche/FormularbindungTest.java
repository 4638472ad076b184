package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.akt.Vereinbarungsangabe;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.Hemmnis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form fields onto the act's input record by Spring's binding, with the German formats of docs/oberflaeche.md. */
class FormularbindungTest {

    @Test
    void einBetragWirdAlsEuroGelesenUndInCentGebunden() {
        AntragBewilligen bewilligung = Formularbindung.binden(AntragBewilligen.class,
                Map.of("version", new String[] {"1"}, "betragMonatlichCent", new String[] {"1.000,50"}, "bewilligungVon", new String[] {"1.3.26"}));
        assertThat(bewilligung.betragMonatlichCent()).isEqualTo(100_050L);
        assertThat(bewilligung.version()).isEqualTo(1L);
        assertThat(bewilligung.bewilligungVon()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void einMehrdeutigerBetragWirdMitDerMeldungDesFormatsAbgelehnt() {
        assertThatThrownBy(() -> Formularbindung.binden(AntragBewilligen.class, Map.of("betragMonatlichCent", new String[] {"1.00"})))
                .isInstanceOfSatisfying(UngueltigeAngabe.class, e -> assertThat(e.feld()).isEqualTo("betragMonatlichCent"))
                .hasMessage("„1.00“ ist nicht eindeutig: der Punkt trennt nur Tausender (1.000 sind tausend Euro). "
                        + "Cent bitte mit Komma angeben, z. B. 1,00.");
    }

    @Test
    void einGeburtsdatumBrauchtEinVierstelligesJahrEinGeschaeftsdatumNicht() {
        assertThatThrownBy(() -> Formularbindung.binden(FallEroeffnen.class,
                Map.of("person.vorname", new String[] {"Anna"}, "person.geburtsdatum", new String[] {"14.2.87"})))
                .isInstanceOfSatisfying(UngueltigeAngabe.class, e -> assertThat(e.feld()).isEqualTo("person.geburtsdatum"))
                .hasMessageStartingWith("Bitte das Jahr vierstellig angeben");
        FallEroeffnen eroeffnung = Formularbindung.binden(FallEroeffnen.class, Map.of("person.vorname", new String[] {"Anna"},
                "person.geburtsdatum", new String[] {"14.02.1987"}, "dienststelle", new String[] {"Innenstadt"}));
        assertThat(eroeffnung.person().geburtsdatum()).isEqualTo(LocalDate.of(1987, 2, 14));
        assertThat(eroeffnung.person().anschrift()).as("no address field given: no address").isNull();
    }

    @Test
    void einUnmoeglichesDatumWirdBeimNamenGenannt() {
        assertThatThrownBy(() -> Formularbindung.binden(AntragBewilligen.class, Map.of("bewilligungBis", new String[] {"31.02.2026"})))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Den 31.02.2026 gibt es nicht.");
    }

    @Test
    void unterlagenStehenJeZeileUndEinHakenOhneHakenIstNein() {
        UnterlagenAnfordern anforderung = Formularbindung.binden(UnterlagenAnfordern.class,
                Map.of("unterlagen", new String[] {"Kontoauszüge, drei Monate\n\nMietvertrag"}, "mitRechtsfolgenbelehrung", new String[] {"nein"}));
        assertThat(anforderung.unterlagen()).containsExactly("Kontoauszüge, drei Monate", "Mietvertrag");
        assertThat(anforderung.mitRechtsfolgenbelehrung()).isFalse();
        assertThat(Formularbindung.binden(UnterlagenAnfordern.class, Map.of("mitRechtsfolgenbelehrung", new String[] {"ja"}))
                .mitRechtsfolgenbelehrung()).isTrue();
    }

    @Test
    void mehrereHakenEinerListeUndEineFalscheAuswahl() {
        EinzelfallanalyseErstellen analyse = Formularbindung.binden(EinzelfallanalyseErstellen.class,
                Map.of("hemmnisse", new String[] {Hemmnis.values()[0].name(), Hemmnis.values()[1].name()}));
        assertThat(analyse.hemmnisse()).containsExactlyInAnyOrder(Hemmnis.values()[0], Hemmnis.values()[1]);
        assertThatThrownBy(() -> Formularbindung.binden(EinzelfallanalyseErstellen.class, Map.of("erwerbsfaehigkeit", new String[] {"VIELLEICHT"})))
                .isInstanceOfSatisfying(UngueltigeAngabe.class, e -> assertThat(e.feld()).isEqualTo("erwerbsfaehigkeit"))
                .hasMessage("Bitte einen Eintrag aus der Liste wählen.");
    }

    @Test
    void dasEineZielDesFormularsWirdZumErstenEintragDerListe() {
        Vereinbarungsangabe angabe = Formularbindung.binden(Vereinbarungsangabe.class, Map.of(
                "ziele[0].beschreibung", new String[] {"Wohnung erhalten"}, "ziele[0].zieldatum", new String[] {"30.6.2026"}));
        assertThat(angabe.ziele()).hasSize(1);
        assertThat(angabe.ziele().get(0).zieldatum()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(angabe.inhalt().ziele()).singleElement().satisfies(ziel -> assertThat(ziel.zielId()).isNotNull());
        assertThat(angabe.pflichten()).isNull();
        assertThat(angabe.inhalt().pflichten()).isEmpty();
        assertThat(List.of(angabe.inhalt().ziele().get(0).beschreibung())).containsExactly("Wohnung erhalten");
    }
}
