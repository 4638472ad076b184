package de.fallbuch.kernel.hilfevereinbarung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The content of a Fassung checks its own form; the rules about dates and signatures are the aggregate's. */
class VereinbarungsinhaltTest {

    private static final LocalDate BEGINN = LocalDate.of(2026, 3, 9);
    private static final LocalDate TERMIN = LocalDate.of(2026, 6, 1);

    @Test
    void einZielHatBeschreibungUndZieldatum() {
        assertThatThrownBy(() -> new Ziel(UUID.randomUUID(), " ", TERMIN))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung des Ziels fehlt.")
                .extracting("feld").isEqualTo("beschreibung");
        assertThatThrownBy(() -> new Ziel(UUID.randomUUID(), "Wohnung gefunden", null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Das Zieldatum des Ziels „Wohnung gefunden“ fehlt.")
                .extracting("feld").isEqualTo("zieldatum");
        assertThatThrownBy(() -> new Ziel(null, "Wohnung gefunden", TERMIN))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Kennung des Ziels fehlt.");
    }

    @Test
    void einPartnerAlsVerantwortlicherWirdBeimNamenGenannt() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.SUCHTBERATUNG, null, Verantwortung.PARTNER, " ", BEGINN, null))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Ist ein Partner für die Maßnahme „Suchtberatung“ verantwortlich, ist sein Name anzugeben.")
                .extracting("feld").isEqualTo("partnerBezeichnung");
        Massnahme mitPartner = new Massnahme(UUID.randomUUID(), Massnahmenart.SUCHTBERATUNG, " ", Verantwortung.PARTNER,
                " Drogenhilfe Münster ", BEGINN, null);
        assertThat(mitPartner.partnerBezeichnung()).isEqualTo("Drogenhilfe Münster");
        assertThat(mitPartner.beschreibung()).isNull();
    }

    @Test
    void einPartnerWirdNurGenanntWennErVerantwortlichIst() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.WOHNEN, null, Verantwortung.AMT, "Caritas", BEGINN, null))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Ein Partner ist nur anzugeben, wenn er für die Maßnahme „Wohnen“ verantwortlich ist.");
    }

    @Test
    void eineMassnahmeHatArtVerantwortlichenUndGeplantenBeginn() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), null, null, Verantwortung.AMT, null, BEGINN, null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Art der Maßnahme fehlt.");
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.KINDERBETREUUNG, null, null, null, BEGINN, null))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Bei der Maßnahme „Kinderbetreuung“ fehlt, wer für sie verantwortlich ist (PERSON, AMT oder PARTNER).");
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.GESUNDHEIT, null, Verantwortung.PERSON, null, null, null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der geplante Beginn der Maßnahme „Gesundheit“ fehlt.");
        assertThatThrownBy(() -> new Massnahme(null, Massnahmenart.GESUNDHEIT, null, Verantwortung.PERSON, null, BEGINN, null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Kennung der Maßnahme fehlt.");
    }

    @Test
    void dasGeplanteEndeLiegtNichtVorDemBeginn() {
        assertThatThrownBy(() -> new Massnahme(UUID.randomUUID(), Massnahmenart.QUALIFIZIERUNG, null, Verantwortung.AMT, null,
                BEGINN, BEGINN.minusDays(1)))
                .isInstanceOf(UngueltigeAngabe.class)
                .hasMessage("Das geplante Ende der Maßnahme „Qualifizierung“ liegt vor ihrem geplanten Beginn.");
    }

    @Test
    void pflichtenUndLeistungenSindBeschrieben() {
        assertThatThrownBy(() -> new Pflicht(UUID.randomUUID(), null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung der Pflicht fehlt.");
        assertThatThrownBy(() -> new LeistungAmt(UUID.randomUUID(), ""))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Die Beschreibung der Leistung des Amts fehlt.");
    }

    @Test
    void einEntwurfBrauchtNurDenUeberpruefungstermin() {
        Vereinbarungsinhalt leer = new Vereinbarungsinhalt(null, null, null, null, TERMIN);
        assertThat(leer.ziele()).isEmpty();
        assertThat(leer.leistungenAmt()).isEmpty();
        assertThatThrownBy(() -> new Vereinbarungsinhalt(null, null, null, null, null))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Der Termin der nächsten Überprüfung fehlt.")
                .extracting("feld").isEqualTo("ueberpruefungstermin");
    }

    @Test
    void jedeKennungKommtInIhrerListeNurEinmalVor() {
        UUID gleich = UUID.randomUUID();
        assertThatThrownBy(() -> new Vereinbarungsinhalt(
                List.of(new Ziel(gleich, "A", TERMIN), new Ziel(gleich, "B", TERMIN)), null, null, null, TERMIN))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Zwei Ziele haben dieselbe Kennung.");
        assertThatThrownBy(() -> new Vereinbarungsinhalt(null, null,
                List.of(new Pflicht(gleich, "A"), new Pflicht(gleich, "B")), null, TERMIN))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Zwei Pflichten haben dieselbe Kennung.");
    }

    @Test
    void jedeMassnahmenartHatEineDeutscheBezeichnung() {
        assertThat(Massnahmenart.values()).extracting(Massnahmenart::bezeichnung).containsExactly("Qualifizierung",
                "Beschäftigungsmaßnahme", "Beratung", "Schuldnerberatung", "Suchtberatung", "Kinderbetreuung", "Gesundheit",
                "Wohnen", "Sprachkurs");
    }
}
