package de.fallbuch.query.datenschutz;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art. 15 DSGVO: the Auskunft of a Fall holds every item recorded in a journey through all three
 * aggregates, only Fallmanager and Sachgebietsleitung of the Fall's Dienststelle may have it, every
 * attempt is in the access log, and after erasure it shows "[gelöscht]" instead of the person.
 */
class AuskunftTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void dieAuskunftEnthaeltAllesAusAllenDreiAggregatenUndNurDieDienststelleErhaeltSie() {
        Api mueller = als("fm.mueller");
        LocalDate heute = uhr.heute();
        String fallId = mueller.post("/api/faelle", Map.of(
                "person", Map.of("vorname", "Auskunftia", "nachname", "Artfünfzehn", "geburtsdatum", "1972-03-04",
                        "anschrift", Map.of("strasse", "Auskunftsweg 15", "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Anliegen-A15 Stromschulden")).erwarte(201).feld("fallId");
        String fall = "/api/faelle/" + fallId;
        mueller.post(fall + "/erstberatung", Map.of("version", 0, "anliegen", "Erstberatung-A15", "ersteSchritte", "Schritte-A15"))
                .erwarte(200);
        mueller.post(fall + "/beratungen", Map.of("version", 1, "thema", "Thema-A15", "inhalt", "Inhalt-A15")).erwarte(200);
        mueller.post(fall + "/vermittlungen", Map.of("version", 2, "partner", "SCHULDNERBERATUNG", "partnerBezeichnung", "Partner-A15",
                "anlass", "Vermittlungsanlass-A15", "einwilligungErteilt", true, "einwilligungAm", heute.minusDays(1).toString())).erwarte(201);
        mueller.post(fall + "/wiedervorlagen", Map.of("version", 3, "faelligAm", heute.plusDays(5).toString(), "anlass", "Wiedervorlage-A15"))
                .erwarte(201);
        String antragId = mueller.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", heute)).erwarte(201).feld("antragId");
        mueller.post("/api/antraege/" + antragId + "/unterlagen-anforderung", Map.of("version", 0,
                "unterlagen", List.of("Unterlage-A15"), "frist", heute.plusDays(14).toString())).erwarte(201);
        mueller.post("/api/antraege/" + antragId + "/unterlagen-eingang", Map.of("version", 1)).erwarte(200);
        mueller.post("/api/antraege/" + antragId + "/bewilligung", Map.of("version", 2, "betragMonatlichCent", 41_500,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Begründung-A15")).erwarte(201);
        String vereinbarungId = inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.status() == 200 && a.version() == 3);
        mueller.warteAuf("/api/antraege/" + antragId, a -> a.status() == 200 && a.version() == 3);
        // the Verlauf has caught up with every act: 5 of the Fall, 4 of the Antrag, 4 of the agreement (draft, two signatures, in force)
        JsonNode verlauf = mueller.warteAuf(fall + "/verlauf", a -> a.json().size() == 13).json();

        JsonNode auskunft = mueller.get(fall + "/auskunft").erwarte(200).json();

        JsonNode akte = auskunft.path("fall");
        assertThat(akte.path("person").path("vorname").asText()).isEqualTo("Auskunftia");
        assertThat(akte.path("person").path("nachname").asText()).isEqualTo("Artfünfzehn");
        assertThat(akte.path("person").path("geburtsdatum").asText()).isEqualTo("1972-03-04");
        assertThat(akte.path("person").path("anschrift").path("strasse").asText()).isEqualTo("Auskunftsweg 15");
        assertThat(akte.path("anliegen").asText()).isEqualTo("Anliegen-A15 Stromschulden");
        assertThat(akte.path("wiedervorlagen").get(0).path("anlass").asText()).isEqualTo("Wiedervorlage-A15");
        assertThat(auskunft.path("rechtsgrundlage").asText()).isEqualTo("Art. 15 DSGVO, § 83 SGB X");
        assertThat(auskunft.path("erstelltVon").asText()).isEqualTo("fm.mueller");

        JsonNode antrag = auskunft.path("antraege").get(0);
        assertThat(auskunft.path("antraege")).hasSize(1);
        assertThat(antrag.path("antrag").path("antragId").asText()).isEqualTo(antragId);
        assertThat(antrag.path("antrag").path("mitwirkung").path("unterlagen").get(0).asText()).isEqualTo("Unterlage-A15");
        assertThat(antrag.path("entscheidungen")).hasSize(1);
        assertThat(antrag.path("entscheidungen").get(0).path("begruendung").asText()).isEqualTo("Begründung-A15");
        assertThat(antrag.path("entscheidungen").get(0).path("rechtsgrundlage").asText()).isEqualTo("§ 27 SGB XII");
        assertThat(antrag.path("entscheidungen").get(0).path("betragMonatlichCent").asLong()).isEqualTo(41_500);

        assertThat(auskunft.path("vermittlungen")).hasSize(1);
        assertThat(auskunft.path("vermittlungen").get(0).path("satz").asText()).contains("Partner-A15", "Vermittlungsanlass-A15");
        List<JsonNode> einwilligungen = liste(auskunft.path("einwilligungen"));
        assertThat(einwilligungen).extracting(e -> e.path("rechtsgrundlage").asText(), e -> e.path("erklaertAm").asText())
                .containsExactly(tuple("§ 67b SGB X", heute.minusDays(1).toString()), tuple("§ 12 SGB XII", heute.toString()));

        JsonNode vereinbarung = auskunft.path("hilfevereinbarungen").get(0);
        assertThat(vereinbarung.path("vereinbarung").path("hilfevereinbarungId").asText()).isEqualTo(vereinbarungId);
        JsonNode inhalt = vereinbarung.path("fassungen").get(0).path("inhalt");
        assertThat(inhalt.path("ziele").get(0).path("beschreibung").asText()).isEqualTo("Mietschulden sind geregelt");
        assertThat(inhalt.path("massnahmen").get(0).path("beschreibung").asText()).isEqualTo("Termine bei der Caritas");
        assertThat(inhalt.path("pflichten").get(0).path("beschreibung").asText()).isEqualTo("Termine der Schuldnerberatung wahrnehmen");
        assertThat(inhalt.path("leistungenAmt").get(0).path("beschreibung").asText()).isEqualTo("Übernahme der Fahrtkosten");

        // the whole Verlauf, entry for entry, and in it every free text of the journey
        assertThat(ids(auskunft.path("verlauf"))).isEqualTo(ids(verlauf));
        assertThat(auskunft.path("verlauf").toString()).contains("Erstberatung-A15", "Schritte-A15", "Thema-A15", "Inhalt-A15",
                "Vermittlungsanlass-A15", "Wiedervorlage-A15", "Begründung-A15");

        // who read the file: the reads above, and this Auskunft itself, logged before it was put together
        List<JsonNode> einsichten = liste(auskunft.path("akteneinsichten"));
        assertThat(einsichten).extracting(e -> e.path("benutzer").asText(), e -> e.path("was").asText(), e -> e.path("gewaehrt").asBoolean())
                .contains(tuple("fm.mueller", "VERLAUF", true), tuple("fm.mueller", "ANTRAG", true),
                        tuple("fm.mueller", "HILFEVEREINBARUNG", true));
        assertThat(einsichten.get(einsichten.size() - 1).path("was").asText()).isEqualTo("AUSKUNFT");

        // only Fallmanager and Sachgebietsleitung of the Fall's Dienststelle; every attempt is recorded
        als("sgl.schmidt").get(fall + "/auskunft").erwarte(200);
        assertThat(als("fm.yilmaz").get(fall + "/auskunft").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(als("rp.weber").get(fall + "/auskunft").erwarte(403).feld("code")).isEqualTo("KEINE_AUSKUNFT");
        assertThat(als("rev.koch").get(fall + "/auskunft").erwarte(403).feld("code")).isEqualTo("KEINE_PERSONENDATEN");
        assertThat(als("ds.neumann").get(fall + "/auskunft").erwarte(403).feld("code")).isEqualTo("KEINE_PERSONENDATEN");
        mueller.get("/api/faelle/" + UUID.randomUUID() + "/auskunft").erwarte(404);
        assertThat(jdbc.sql("SELECT benutzer, gewaehrt FROM akteneinsicht WHERE fall_id = :id::uuid AND was = 'AUSKUNFT' ORDER BY id")
                .param("id", fallId).query((rs, n) -> tuple(rs.getString(1), rs.getBoolean(2))).list())
                .containsExactly(tuple("fm.mueller", true), tuple("sgl.schmidt", true), tuple("fm.yilmaz", false),
                        tuple("rp.weber", false), tuple("rev.koch", false), tuple("ds.neumann", false));

        // the printable page shows the same (and is refused the same way)
        String seite = mueller.get("/faelle/" + fallId + "/auskunft").erwarte(200).text();
        assertThat(seite).contains("Artfünfzehn", "Auskunftsweg 15", "Begründung-A15", "Vermittlungsanlass-A15", "Mietschulden sind geregelt",
                DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.of(1972, 3, 4)));
        assertThat(seite).doesNotContain("onclick", "style=\"", "<style");
        als("fm.yilmaz").get("/faelle/" + fallId + "/auskunft").erwarte(403);

        // --- after erasure: the same entries, "[gelöscht]" instead of the person ---
        // the grant ends first: a Fall with a running grant cannot be closed
        String antragPfad = "/api/antraege/" + antragId;
        mueller.post(antragPfad + "/anhoerung", Map.of("version", 3, "anlass", "Arbeitsaufnahme", "frist", heute.plusDays(14).toString()))
                .erwarte(201);
        mueller.post(antragPfad + "/anhoerung/stellungnahme", Map.of("version", 4, "stellungnahme", "Stimmt.")).erwarte(200);
        mueller.post(antragPfad + "/aufhebung", Map.of("version", 5, "aufgehobenAb", heute.toString(), "rechtsgrundlage", "§ 48 SGB X",
                "begruendung", "Einkommen deckt den Bedarf")).erwarte(201);
        long version = mueller.get(fall).erwarte(200).version();
        mueller.post(fall + "/abschluss", Map.of("version", version, "grund", "ARBEITSAUFNAHME")).erwarte(200);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> "BEENDET".equals(a.json().path("status").asText()));
        uhr.vorstellen(Duration.ofDays(6 * 366 + 30));
        Map<String, String> loeschung = Map.of("rechtsgrundlage", "§ 84 Abs. 2 SGB X", "begruendung", "Aufbewahrungsfrist abgelaufen");
        await().atMost(Duration.ofSeconds(30)).until(() -> als("sgl.schmidt").post(fall + "/loeschung", loeschung).status() == 200);
        JsonNode geloescht = mueller.warteAuf(fall + "/auskunft", a -> a.status() == 200
                && !a.text().contains("Artfünfzehn") && !a.text().contains("Vermittlungsanlass-A15")
                && !a.text().contains("Begründung-A15") && !a.text().contains("Mietschulden sind geregelt")).json();
        assertThat(geloescht.path("fall").path("person").path("nachname").asText()).isEqualTo("[gelöscht]");
        assertThat(geloescht.toString()).doesNotContain("Auskunftia", "Auskunftsweg", "1972-03-04", "Inhalt-A15", "Wiedervorlage-A15");
        assertThat(geloescht.path("antraege").get(0).path("entscheidungen").get(0).path("betragMonatlichCent").asLong()).isEqualTo(41_500);
        assertThat(geloescht.path("vermittlungen")).hasSize(1);
        assertThat(geloescht.path("verlauf").size()).isGreaterThan(verlauf.size());
    }

    private static List<JsonNode> liste(JsonNode feld) {
        List<JsonNode> eintraege = new ArrayList<>();
        feld.forEach(eintraege::add);
        return eintraege;
    }

    private static List<String> ids(JsonNode verlauf) {
        return liste(verlauf).stream().map(e -> e.path("ereignisId").asText()).toList();
    }
}
