package de.fallbuch.query.verlauf;

import static de.fallbuch.app.HilfevereinbarungTestdaten.HEUTE;
import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agreement's life shows in the Fall's Verlauf, and its review date in the Arbeitskorb. */
class HilfevereinbarungImVerlaufUndArbeitskorbTest extends IntegrationTest {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void dieHilfevereinbarungErscheintImVerlaufUndIhreUeberpruefungImArbeitskorb() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Vereinbart", "Innenstadt");
        String id = inKraftSetzen(mueller, fallId);
        String pfad = "/api/hilfevereinbarungen/" + id;
        String massnahme = mueller.warteAuf(pfad, a -> a.version() == 3).json().path("geltendeFassung").path("inhalt").path("massnahmen").get(0)
                .path("massnahmeId").asText();

        Antwort korb = mueller.warteAuf("/api/arbeitskorb", a -> ueberpruefungen(a, id).size() == 1);
        assertThat(ueberpruefungen(korb, id).get(0).path("faelligAm").asText()).isEqualTo(HEUTE.plusMonths(3).toString());

        long v = mueller.post(pfad + "/massnahmen/" + massnahme + "/beginn", Map.of("version", 3)).erwarte(200).version();
        v = mueller.post(pfad + "/ueberpruefung", Map.of("version", v, "ergebnis", "Beratung läuft gut",
                "naechsterTermin", HEUTE.plusMonths(1).toString())).erwarte(200).version();
        korb = mueller.warteAuf("/api/arbeitskorb", a -> ueberpruefungen(a, id).size() == 1
                && ueberpruefungen(a, id).get(0).path("faelligAm").asText().equals(HEUTE.plusMonths(1).toString()));

        Antwort verlauf = als("rp.weber").warteAuf("/api/faelle/" + fallId + "/verlauf?aggregat=HILFEVEREINBARUNG",
                a -> a.json().size() == 6);
        List<String> saetze = verlauf.json().findValuesAsText("satz");
        assertThat(saetze.get(0)).isEqualTo("Hilfevereinbarung entworfen (Fassung 1): 1 Ziel, 2 Maßnahmen, 1 Pflicht der Person, "
                + "1 Leistung des Amts; nächste Überprüfung am " + HEUTE.plusMonths(3).format(DATUM));
        assertThat(saetze.get(1)).isEqualTo("Fassung 1 der Hilfevereinbarung am " + HEUTE.format(DATUM)
                + " von der Person unterzeichnet (Einwilligung)");
        assertThat(saetze.get(2)).isEqualTo("Fassung 1 der Hilfevereinbarung am " + HEUTE.format(DATUM)
                + " von fm.mueller für das Sozialamt unterzeichnet");
        assertThat(saetze.get(3)).startsWith("Fassung 1 der Hilfevereinbarung in Kraft seit " + HEUTE.format(DATUM));
        assertThat(saetze.get(4)).isEqualTo("Maßnahme „Schuldnerberatung: Termine bei der Caritas“ begonnen am " + HEUTE.format(DATUM));
        assertThat(saetze.get(5)).isEqualTo("Überprüfung der Hilfevereinbarung am " + HEUTE.format(DATUM)
                + ": Beratung läuft gut; nächste Überprüfung am " + HEUTE.plusMonths(1).format(DATUM));
        assertThat(verlauf.json().findValuesAsText("rechtsgrundlage")).contains("§ 12 SGB XII");
        assertThat(verlauf.json().findValuesAsText("aggregatId")).containsOnly(id);

        mueller.post(pfad + "/beendigung", Map.of("version", v, "grund", "ERFUELLT")).erwarte(200);
        mueller.warteAuf("/api/arbeitskorb", a -> ueberpruefungen(a, id).isEmpty());
        assertThat(als("rp.weber").warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == 8).json()
                .findValuesAsText("satz").get(7)).isEqualTo("Hilfevereinbarung beendet am " + HEUTE.format(DATUM) + ": erfüllt");
    }

    private static List<JsonNode> ueberpruefungen(Antwort korb, String hilfevereinbarungId) {
        List<JsonNode> fristen = new ArrayList<>();
        korb.json().path("fristen").forEach(f -> {
            if (f.path("bezugId").asText().equals(hilfevereinbarungId) && f.path("art").asText().equals("UEBERPRUEFUNG_HILFEVEREINBARUNG")) {
                fristen.add(f);
            }
        });
        return fristen;
    }
}
