package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Form fields as people type them, and the service's field names mapped to the form's. */
class FormularausfuehrungTest {

    @Test
    void betraegeWieManSieSchreibtWerdenCent() {
        assertThat(Eingaben.cent("betrag", "1.234,56")).isEqualTo(123456L);
        assertThat(Eingaben.cent("betrag", "1250")).isEqualTo(125000L);
        assertThat(Eingaben.cent("betrag", "980,5 €")).isEqualTo(98050L);
        assertThat(Eingaben.cent("betrag", " ")).isNull();
        assertThatThrownBy(() -> Eingaben.cent("betragMonatlich", "zwölf"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Bitte einen Betrag in Euro angeben, z. B. 1.234,56.");
    }

    @Test
    void datumAufDeutschOderAlsIso() {
        assertThat(Eingaben.datum("datum", "05.12.2026")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(Eingaben.datum("datum", "2026-12-05")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> Eingaben.datum("faelligAm", "31.02.2026"))
                .isInstanceOf(UngueltigeAngabe.class).hasMessage("Den 31.02.2026 gibt es nicht.");
    }

    @Test
    void ohneVersionWirdNichtsGeschrieben() {
        assertThatThrownBy(() -> Eingaben.version(null)).isInstanceOf(UngueltigeAngabe.class).hasMessageContaining("neu laden");
        assertThat(Eingaben.version("7")).isEqualTo(7L);
    }

    @Test
    void feldnamenDesDienstesLandenAmFeldDesFormulars() {
        assertThat(Formularausfuehrung.feldImFormular("person.nachname")).isEqualTo("nachname");
        assertThat(Formularausfuehrung.feldImFormular("betragMonatlichCent")).isEqualTo("betragMonatlich");
        assertThat(Formularausfuehrung.feldImFormular("massnahmen[0].partnerBezeichnung")).isEqualTo("massnahme.partnerBezeichnung");
        assertThat(Formularausfuehrung.feldImFormular("ersteSchritte")).isEqualTo("ersteSchritte");
    }
}
