package de.fallbuch.kernel.hilfevereinbarung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The content of a Fassung checks its own form when it is about to enter an event ({@code geprueft}); the rules about
 * dates and signatures are the aggregate's. Building it never refuses: stored events must stay readable.
 */
class VereinbarungsinhaltTest {

    private static final LocalDate BEGINN = LocalDate.of(2026, 3, 9);
    private static final LocalDate TERMIN = LocalDate.of(2026, 6, 1);

    @Test
    void einZielHatBeschreibungUndZieldatum() {
        assertThatThrownBy(() -> new Ziel(UUID.randomUUID(), " ", TERMIN).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung des Ziels fehlt.")
                .extracting("feld").isEqualTo("beschreibung");
        assertThatThrownBy(() -> new Ziel(UUID.randomUUID(), "Wohnung gefunden", null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Das Zieldatum des Ziels „Wohnung gefunden“ fehlt.")
                .extracting("feld").isEqualTo("zieldatum");
        assertThatThrownBy(() -> new Ziel(null, "Wohnung gefunden", TERMIN).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Kennung des Ziels fehlt.");
    }

    @Test
    void einPartnerAlsVerantwortlicherWirdBeimNamenGenannt() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.SUCHTBERATUNG, null, Verantwortung.PARTNER, " ", BEGINN, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Ist ein Partner für die Maßnahme „Suchtberatung“ verantwortlich, ist sein Name anzugeben.")
                .extracting("feld").isEqualTo("partnerBezeichnung");
        Massnahme mitPartner = new Massnahme(UUID.randomUUID(), Massnahmenart.SUCHTBERATUNG, " ", Verantwortung.PARTNER,
                " Drogenhilfe Münster ", BEGINN, null).geprueft("");
        assertThat(mitPartner.partnerBezeichnung()).isEqualTo("Drogenhilfe Münster");
        assertThat(mitPartner.beschreibung()).isNull();
    }

    @Test
    void einPartnerWirdNurGenanntWennErVerantwortlichIst() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.WOHNEN, null, Verantwortung.AMT, "Caritas", BEGINN, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Ein Partner ist nur anzugeben, wenn er für die Maßnahme „Wohnen“ verantwortlich ist.");
    }

    @Test
    void eineMassnahmeHatArtVerantwortlichenUndGeplantenBeginn() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), null, null, Verantwortung.AMT, null, BEGINN, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Art der Maßnahme fehlt.");
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.KINDERBETREUUNG, null, null, null, BEGINN, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Bei der Maßnahme „Kinderbetreuung“ fehlt, wer für sie verantwortlich ist (PERSON, AMT oder PARTNER).");
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.GESUNDHEIT, null, Verantwortung.PERSON, null, null, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der geplante Beginn der Maßnahme „Gesundheit“ fehlt.");
        assertThatThrownBy(() -> new Massnahme(null, Massnahmenart.GESUNDHEIT, null, Verantwortung.PERSON, null, BEGINN, null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Kennung der Maßnahme fehlt.");
    }

    @Test
    void dasGeplanteEndeLiegtNichtVorDemBeginn() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.QUALIFIZIERUNG, null, Verantwortung.AMT, null,
                BEGINN, BEGINN.minusDays(1)).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Das geplante Ende der Maßnahme „Qualifizierung“ liegt vor ihrem geplanten Beginn.");
    }

    @Test
    void pflichtenUndLeistungenSindBeschrieben() {
        assertThatThrownBy(() -> new Pflicht(UUID.randomUUID(), null).geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung der Pflicht fehlt.");
        assertThatThrownBy(() -> new LeistungAmt(UUID.randomUUID(), "").geprueft(""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung der Leistung des Amts fehlt.");
    }

    @Test
    void einEntwurfBrauchtNurDenUeberpruefungstermin() {
        Vereinbarungsinhalt leer = new Vereinbarungsinhalt(null, null, null, null, TERMIN);
        assertThat(leer.ziele()).isEmpty();
        assertThat(leer.leistungenAmt()).isEmpty();
        assertThatThrownBy(() -> new Vereinbarungsinhalt(null, null, null, null, null).geprueft())
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der Termin der nächsten Überprüfung fehlt.")
                .extracting("feld").isEqualTo("ueberpruefungstermin");
    }

    @Test
    void jedeKennungKommtInIhrerListeNurEinmalVor() {
        UUID gleich = UUID.randomUUID();
        assertThatThrownBy(() -> new Vereinbarungsinhalt(
                List.of(new Ziel(gleich, "A", TERMIN), new Ziel(gleich, "B", TERMIN)), null, null, null, TERMIN).geprueft())
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Zwei Ziele haben dieselbe Kennung.");
        assertThatThrownBy(() -> new Vereinbarungsinhalt(null, null,
                List.of(new Pflicht(gleich, "A"), new Pflicht(gleich, "B")), null, TERMIN).geprueft())
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Zwei Pflichten haben dieselbe Kennung.");
    }

    @Test
    void jedeMassnahmenartHatEineDeutscheBezeichnung() {
        assertThat(Massnahmenart.values()).extracting(Massnahmenart::bezeichnung).containsExactly("Qualifizierung",
                "Beschäftigungsmaßnahme", "Beratung", "Schuldnerberatung", "Suchtberatung", "Kinderbetreuung", "Gesundheit",
                "Wohnen", "Sprachkurs");
    }

    @Test
    void eintraegeWerdenImFeldMitIhremPlatzInDerListeGenannt() {
        Vereinbarungsinhalt inhalt = new Vereinbarungsinhalt(List.of(new Ziel(UUID.randomUUID(), "A", TERMIN),
                new Ziel(UUID.randomUUID(), "Z".repeat(501), TERMIN)), null, null, null, TERMIN);
        assertThatThrownBy(inhalt::geprueft)
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Das Feld „ziele[1].beschreibung“ ist zu lang: erlaubt sind höchstens 500 Zeichen, angegeben sind 501.")
                .extracting("feld").isEqualTo("ziele[1].beschreibung");
    }

    @Test
    void leereEintraegeUndZuLangeListenWerdenAbgelehnt() {
        List<Pflicht> mitLuecke = new java.util.ArrayList<>();
        mitLuecke.add(null);
        Vereinbarungsinhalt luecke = new Vereinbarungsinhalt(null, null, mitLuecke, null, TERMIN);
        assertThat(luecke.pflichten()).hasSize(1);
        assertThatThrownBy(luecke::geprueft).isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Die Liste „pflichten“ enthält einen leeren Eintrag (null).")
                .extracting("feld").isEqualTo("pflichten[0]");
        List<LeistungAmt> viele = java.util.stream.IntStream.range(0, 51).mapToObj(i -> new LeistungAmt(UUID.randomUUID(), "L" + i)).toList();
        assertThatThrownBy(() -> new Vereinbarungsinhalt(null, null, null, viele, TERMIN).geprueft())
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Die Liste „leistungenAmt“ hat 51 Einträge; erlaubt sind höchstens 50.");
    }

    @Test
    void einAlterInhaltJenseitsHeutigerGrenzenLaesstSichBauen() {
        Ziel alt = new Ziel(UUID.randomUUID(), "Z".repeat(5000), LocalDate.of(1990, 1, 1));
        Vereinbarungsinhalt inhalt = new Vereinbarungsinhalt(List.of(alt), null, null, null, LocalDate.of(1990, 6, 1));
        assertThat(inhalt.ziele()).containsExactly(alt);
    }
}
