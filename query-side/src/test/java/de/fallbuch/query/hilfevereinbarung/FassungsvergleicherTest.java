package de.fallbuch.query.hilfevereinbarung;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich.Aenderung;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FassungsvergleicherTest {

    private static final LocalDate TERMIN = LocalDate.of(2026, 6, 1);
    private final UUID id = UUID.randomUUID();
    private final Ziel ziel = new Ziel(UUID.randomUUID(), "Mietschulden sind geregelt", LocalDate.of(2026, 7, 31));
    private final Massnahme beratung = new Massnahme(UUID.randomUUID(), Massnahmenart.SCHULDNERBERATUNG, null,
            Verantwortung.PARTNER, "Caritas", LocalDate.of(2026, 3, 9), null);
    private final Massnahme sprachkurs = new Massnahme(UUID.randomUUID(), Massnahmenart.SPRACHKURS, null,
            Verantwortung.PERSON, null, LocalDate.of(2026, 4, 1), null);
    private final Pflicht pflicht = new Pflicht(UUID.randomUUID(), "Termine wahrnehmen");
    private final LeistungAmt leistung = new LeistungAmt(UUID.randomUUID(), "Fahrtkosten");
    private final Vereinbarungsinhalt erste = new Vereinbarungsinhalt(List.of(ziel), List.of(beratung, sprachkurs), List.of(pflicht),
            List.of(leistung), TERMIN);

    @Test
    void gleicheFassungenSindUnveraendert() {
        Fassungsvergleich vergleich = Fassungsvergleicher.vergleiche(id, 1, erste, 1, erste);
        assertThat(vergleich.unveraendert()).isTrue();
        assertThat(vergleich.ueberpruefungstermin()).isNull();
    }

    @Test
    void hinzugefuegtEntferntUndGeaendertWerdenUeberDieKennungErkannt() {
        Ziel geaendertesZiel = new Ziel(ziel.zielId(), "Mietschulden zur Hälfte getilgt", ziel.zieldatum());
        Massnahme neu = new Massnahme(UUID.randomUUID(), Massnahmenart.BESCHAEFTIGUNGSMASSNAHME, null, Verantwortung.AMT, null,
                LocalDate.of(2026, 5, 1), null);
        Pflicht neuePflicht = new Pflicht(UUID.randomUUID(), "Kontoauszüge vorlegen");
        Vereinbarungsinhalt zweite = new Vereinbarungsinhalt(List.of(geaendertesZiel), List.of(neu, beratung),
                List.of(pflicht, neuePflicht), List.of(), LocalDate.of(2026, 7, 15));

        Fassungsvergleich vergleich = Fassungsvergleicher.vergleiche(id, 1, erste, 2, zweite);

        assertThat(vergleich.unveraendert()).isFalse();
        assertThat(vergleich.ziele().geaendert()).containsExactly(new Aenderung<>(ziel, geaendertesZiel));
        assertThat(vergleich.ziele().hinzugefuegt()).isEmpty();
        assertThat(vergleich.massnahmen().hinzugefuegt()).containsExactly(neu);
        assertThat(vergleich.massnahmen().entfernt()).containsExactly(sprachkurs);
        assertThat(vergleich.massnahmen().geaendert()).isEmpty();
        assertThat(vergleich.pflichten().hinzugefuegt()).containsExactly(neuePflicht);
        assertThat(vergleich.leistungenAmt().entfernt()).containsExactly(leistung);
        assertThat(vergleich.ueberpruefungstermin()).isEqualTo(new Aenderung<>(TERMIN, LocalDate.of(2026, 7, 15)));
    }

    @Test
    void rueckwaertsVerglichenTauschenHinzugefuegtUndEntferntDiePlaetze() {
        Vereinbarungsinhalt ohneSprachkurs = new Vereinbarungsinhalt(List.of(ziel), List.of(beratung), List.of(pflicht),
                List.of(leistung), TERMIN);
        Fassungsvergleich vergleich = Fassungsvergleicher.vergleiche(id, 2, ohneSprachkurs, 1, erste);
        assertThat(vergleich.massnahmen().hinzugefuegt()).containsExactly(sprachkurs);
        assertThat(vergleich.massnahmen().entfernt()).isEmpty();
    }
}
