package de.fallbuch.query.arbeitskorb;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Arbeitskorb: open Fälle and dates due, sorted by date, per person and Dienststelle. */
class ArbeitskorbTest extends IntegrationTest {

    private static final LocalDate HEUTE = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void wiedervorlagenStehenNachDatumImArbeitskorbUndVerschwindenWennErledigt() {
        Api mueller = als("fm.mueller");
        String fallA = fallEroeffnen(mueller, "Korb-A", "Innenstadt");
        String fallB = fallEroeffnen(mueller, "Korb-B", "Innenstadt");
        Antwort spaet = mueller.post("/api/faelle/" + fallA + "/wiedervorlagen",
                Map.of("version", 0, "faelligAm", HEUTE.plusDays(10).toString(), "anlass", "Mietbescheinigung")).erwarte(201);
        mueller.post("/api/faelle/" + fallB + "/wiedervorlagen",
                Map.of("version", 0, "faelligAm", HEUTE.toString(), "anlass", "Rückruf Vermieter")).erwarte(201);

        Antwort korb = mueller.warteAuf("/api/arbeitskorb", a -> fristenZu(a, fallA, fallB).size() == 2);
        List<JsonNode> fristen = fristenZu(korb, fallA, fallB);
        assertThat(fristen.get(0).path("beschreibung").asText()).isEqualTo("Rückruf Vermieter");
        assertThat(fristen.get(0).path("tageBisFaellig").asLong()).isZero();
        assertThat(fristen.get(0).path("ueberfaellig").asBoolean()).isFalse();
        assertThat(fristen.get(0).path("art").asText()).isEqualTo("WIEDERVORLAGE");
        assertThat(fristen.get(1).path("tageBisFaellig").asLong()).isEqualTo(10);
        assertThat(fristen.get(1).path("nachname").asText()).isEqualTo("Korb-A");
        assertThat(korb.json().path("offeneFaelle").findValuesAsText("fallId")).contains(fallA, fallB);
        assertThat(faelligkeiten(korb)).isSorted();

        mueller.post("/api/faelle/" + fallA + "/wiedervorlagen/" + spaet.feld("wiedervorlageId") + "/erledigung",
                Map.of("version", 1, "vermerk", "liegt vor")).erwarte(200);
        mueller.post("/api/faelle/" + fallB + "/abschluss", Map.of("version", 1, "grund", "UMZUG")).erwarte(200);

        Antwort danach = mueller.warteAuf("/api/arbeitskorb", a -> fristenZu(a, fallA, fallB).isEmpty()
                && !a.json().path("offeneFaelle").findValuesAsText("fallId").contains(fallB));
        assertThat(danach.json().path("offeneFaelle").findValuesAsText("fallId")).contains(fallA);
    }

    @Test
    void jedeSiehtIhrenKorbDieSachgebietsleitungFiltertNachDienststelleUndFallmanager() {
        String innenstadt = fallEroeffnen(als("fm.mueller"), "Korb-Innenstadt", "Innenstadt");
        String hiltrup = fallEroeffnen(als("fm.yilmaz"), "Korb-Hiltrup", "Hiltrup");
        Api schmidt = als("sgl.schmidt");

        schmidt.warteAuf("/api/arbeitskorb", a -> a.json().path("offeneFaelle").findValuesAsText("fallId").containsAll(List.of(innenstadt, hiltrup)));
        assertThat(als("fm.yilmaz").get("/api/arbeitskorb").erwarte(200).json().path("offeneFaelle").findValuesAsText("fallId"))
                .contains(hiltrup).doesNotContain(innenstadt);
        assertThat(schmidt.get("/api/arbeitskorb?dienststelle=Hiltrup").erwarte(200).json().path("offeneFaelle")
                .findValuesAsText("dienststelle")).containsOnly("Hiltrup");
        assertThat(schmidt.get("/api/arbeitskorb?fallmanager=fm.mueller").erwarte(200).json().path("offeneFaelle")
                .findValuesAsText("fallmanager")).containsOnly("fm.mueller");
        assertThat(als("fm.yilmaz").get("/api/arbeitskorb?dienststelle=Innenstadt").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        als("rp.weber").get("/api/arbeitskorb").erwarte(403);
        als("rev.koch").get("/api/arbeitskorb").erwarte(403);
    }

    /**
     * The reminder that a grant's period ends is cleared by a renewal: a later Antrag for the same benefit.
     * Decided by the dates, so the order in which the view meets the Anträge (parallel segments live, another
     * order in a rebuild) does not matter: an earlier Antrag is no renewal, and a grant decided after the
     * renewal came in starts cleared.
     */
    @Test
    void einSpaeterEingegangenerAntragFuerDieselbeLeistungErledigtDieErinnerungAnDasBewilligungsende() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Korb-Weiterbewilligung", "Innenstadt");
        String frueher = antrag(mueller, fallId, HEUTE.minusDays(20));
        String bewilligt = antrag(mueller, fallId, HEUTE.minusDays(10));
        bewilligen(mueller, bewilligt, HEUTE.minusDays(10));
        mueller.warteAuf("/api/arbeitskorb", a -> bewilligungsenden(a, fallId).equals(List.of(bewilligt)));

        antrag(mueller, fallId, HEUTE.minusDays(5));
        mueller.warteAuf("/api/arbeitskorb", a -> bewilligungsenden(a, fallId).isEmpty()
                && fristenZu(a, fallId).stream().filter(f -> f.path("art").asText().equals("UNTAETIGKEIT_ANTRAG")).count() == 2);

        // The earlier Antrag granted now: the renewal is already in, its reminder starts cleared.
        bewilligen(mueller, frueher, HEUTE.minusDays(20));
        Antwort korb = mueller.warteAuf("/api/arbeitskorb", a -> fristenZu(a, fallId).stream()
                .filter(f -> f.path("art").asText().equals("UNTAETIGKEIT_ANTRAG")).count() == 1);
        assertThat(bewilligungsenden(korb, fallId)).isEmpty();
    }

    private static String antrag(Api fallmanager, String fallId, LocalDate eingang) {
        return fallmanager.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "HILFE_ZUM_LEBENSUNTERHALT",
                "eingangsdatum", eingang.toString(), "kanal", "SCHRIFTLICH")).erwarte(201).feld("antragId");
    }

    private static void bewilligen(Api fallmanager, String antragId, LocalDate von) {
        fallmanager.post("/api/antraege/" + antragId + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 50_000,
                "bewilligungVon", von.toString(), "bewilligungBis", von.plusMonths(6).toString(),
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Bedarf nachgewiesen")).erwarte(201);
    }

    private static List<String> bewilligungsenden(Antwort korb, String fallId) {
        return fristenZu(korb, fallId).stream().filter(f -> f.path("art").asText().equals("ENDE_BEWILLIGUNGSZEITRAUM"))
                .map(f -> f.path("bezugId").asText()).toList();
    }

    private static List<JsonNode> fristenZu(Antwort korb, String... fallIds) {
        List<JsonNode> fristen = new ArrayList<>();
        korb.json().path("fristen").forEach(f -> {
            if (List.of(fallIds).contains(f.path("fallId").asText())) {
                fristen.add(f);
            }
        });
        return fristen;
    }

    private static List<LocalDate> faelligkeiten(Antwort korb) {
        List<LocalDate> daten = new ArrayList<>();
        korb.json().path("fristen").forEach(f -> daten.add(LocalDate.parse(f.path("faelligAm").asText())));
        return daten;
    }
}
