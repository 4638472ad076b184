package de.fallbuch.command.fall;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Berichtigung (Art. 16 DSGVO) through the REST API: the corrected data appear in the Fall view, the
 * Arbeitskorb and the search, the Verlauf says who changed what, when and why, "Stand am" before the
 * change still shows the old data; and every refusal stores nothing.
 */
class PersonendatenBerichtigungTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    private static Map<String, Object> person(String nachname, String strasse, String plz) {
        return Map.of("vorname", "Anna", "nachname", nachname, "geburtsdatum", "1980-05-01",
                "anschrift", Map.of("strasse", strasse, "plz", plz, "ort", "Münster"));
    }

    private static Map<String, Object> berichtigung(long version, Map<String, Object> person) {
        Map<String, Object> koerper = new LinkedHashMap<>();
        koerper.put("version", version);
        koerper.put("art", "BERICHTIGUNG");
        koerper.put("person", person);
        koerper.put("grund", "Personalausweis vorgelegt");
        return koerper;
    }

    @Test
    void dieBerichtigungZeigtSichInAllenAnsichtenUndDerVerlaufSagtWerWasWannUndWarum() throws Exception {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Berichtigungsalt", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;
        mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "Unterlagen")).erwarte(200);
        mueller.warteAuf(pfad, a -> a.version() == 1);
        String aktenzeichen = mueller.get(pfad).erwarte(200).feld("aktenzeichen");
        assertThat(suche("Berichtigungsalt")).contains(aktenzeichen);
        Instant vorDerBerichtigung = jetzt();

        long v = mueller.post(pfad + "/personendaten", berichtigung(1, person("Berichtigungsneu", "Ludgeristraße 1", "48143")))
                .erwarte(200).version();
        assertThat(v).isEqualTo(2);

        JsonNode fall = mueller.warteAuf(pfad, a -> a.version() == 2).json();
        assertThat(fall.path("person").path("nachname").asText()).isEqualTo("Berichtigungsneu");
        assertThat(fall.path("person").path("vorname").asText()).isEqualTo("Anna");
        assertThat(mueller.warteAuf("/api/arbeitskorb", a -> a.text().contains("Berichtigungsneu")).text())
                .doesNotContain("Berichtigungsalt");
        assertThat(suche("Berichtigungsneu")).contains(aktenzeichen);
        assertThat(suche("Berichtigungsalt")).doesNotContain(aktenzeichen);

        JsonNode eintrag = letzterEintrag(mueller.warteAuf(pfad + "/verlauf", a -> a.text().contains("Personendaten berichtigt")).json());
        assertThat(eintrag.path("satz").asText()).isEqualTo("Personendaten berichtigt: Nachname „Berichtigungsalt“ → „Berichtigungsneu“");
        assertThat(eintrag.path("benutzer").asText()).isEqualTo("fm.mueller");
        assertThat(eintrag.path("rolle").asText()).isEqualTo("FALLMANAGER");
        assertThat(eintrag.path("ereignis").asText()).isEqualTo("PersonendatenBerichtigt");
        assertThat(eintrag.path("rechtsgrundlage").asText()).isEqualTo("Art. 16 DSGVO");
        assertThat(eintrag.path("begruendung").asText()).isEqualTo("Personalausweis vorgelegt");
        assertThat(eintrag.path("zeitpunkt").asText()).isNotBlank();

        // Stand am: before the correction the file showed the old name, after it the new one.
        Api weber = als("rp.weber");
        assertThat(weber.get(pfad + "?stand=" + vorDerBerichtigung).erwarte(200).json().path("person").path("nachname").asText())
                .isEqualTo("Berichtigungsalt");
        Instant nachDerBerichtigung = jetzt();
        assertThat(weber.get(pfad + "?stand=" + nachDerBerichtigung).erwarte(200).json().path("person").path("nachname").asText())
                .isEqualTo("Berichtigungsneu");
        // The Verlauf (with old and new values) is for roles that may see personal data only.
        assertThat(weber.get(pfad + "/verlauf").erwarte(200).text()).contains("„Berichtigungsalt“ → „Berichtigungsneu“");
        als("rev.koch").get(pfad + "/verlauf").erwarte(403);

        // An Umzug: the Sachgebietsleitung updates the address from today.
        Map<String, Object> umzug = new LinkedHashMap<>();
        umzug.put("version", 2);
        umzug.put("art", "AKTUALISIERUNG");
        umzug.put("gueltigAb", uhr.heute().toString());
        umzug.put("person", person("Berichtigungsneu", "Hammer Straße 12", "48153"));
        umzug.put("grund", "Umzug mitgeteilt");
        assertThat(als("sgl.schmidt").post(pfad + "/personendaten", umzug).erwarte(200).version()).isEqualTo(3);
        JsonNode umgezogen = mueller.warteAuf(pfad, a -> a.version() == 3).json().path("person").path("anschrift");
        assertThat(umgezogen.path("strasse").asText()).isEqualTo("Hammer Straße 12");
        assertThat(umgezogen.path("plz").asText()).isEqualTo("48153");
        JsonNode aktualisiert = letzterEintrag(mueller.warteAuf(pfad + "/verlauf", a -> a.text().contains("Umzug mitgeteilt")).json());
        assertThat(aktualisiert.path("satz").asText()).isEqualTo("Personendaten aktualisiert, gültig ab "
                + uhr.heute().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + ": Anschrift „Ludgeristraße 1, 48143 Münster“ → „Hammer Straße 12, 48153 Münster“");
        assertThat(aktualisiert.path("benutzer").asText()).isEqualTo("sgl.schmidt");
    }

    @Test
    void werNichtDarfWasNichtsAendertUndFeindlicheEingabenWerdenAbgewiesenOhneEtwasZuSpeichern() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Berichtigungsschutz", "Innenstadt");
        String pfad = "/api/faelle/" + fallId + "/personendaten";
        Map<String, Object> gueltig = berichtigung(0, person("Berichtigungsschutzneu", "Ludgeristraße 1", "48143"));
        long ereignisse = ereignisse(fallId);

        assertThat(als("fm.yilmaz").post(pfad, gueltig).erwarte(403).feld("code")).isEqualTo("KEIN_SCHREIBZUGRIFF");
        assertThat(als("rp.weber").post(pfad, gueltig).erwarte(403).feld("code")).isEqualTo("KEIN_SCHREIBZUGRIFF");
        als("rev.koch").post(pfad, gueltig).erwarte(403);
        als("fm.mueller").post("/api/faelle/00000000-0000-0000-0000-000000000000/personendaten", gueltig).erwarte(404);

        Antwort unveraendert = mueller.post(pfad, berichtigung(0, person("Berichtigungsschutz", "Ludgeristraße 1", "48143"))).erwarte(422);
        assertThat(unveraendert.feld("code")).isEqualTo("PERSONENDATEN_UNVERAENDERT");
        assertThat(unveraendert.feld("detail")).isEqualTo("Die Angaben zur Person sind unverändert; es gibt nichts zu ändern.");

        Map<String, Object> nul = new HashMap<>(gueltig);
        nul.put("person", person("Berichtigungs\u0000schutz", "Ludgeristraße 1", "48143"));
        assertThat(mueller.post(pfad, nul).erwarte(400).text()).contains("nachname");
        assertThat(mueller.post(pfad, mit(gueltig, "person", person("B".repeat(101), "Ludgeristraße 1", "48143"))).erwarte(400).text())
                .contains("nachname");
        assertThat(mueller.post(pfad, mit(gueltig, "person", person("Neu", "Weg 1", "4814"))).erwarte(400).text()).contains("plz");
        mueller.post(pfad, mit(gueltig, "grund", "")).erwarte(400);
        mueller.post(pfad, mit(gueltig, "grund", "x".repeat(10_001))).erwarte(400);
        mueller.post(pfad, mit(gueltig, "art", "LOESCHUNG")).erwarte(400);
        mueller.post(pfad, mit(gueltig, "art", null)).erwarte(400);
        mueller.post(pfad, mit(gueltig, "person", null)).erwarte(400);
        mueller.post(pfad, mit(gueltig, "gueltigAb", uhr.heute().toString())).erwarte(400);
        mueller.post(pfad, mit(mit(gueltig, "art", "AKTUALISIERUNG"), "gueltigAb", "9999-12-31")).erwarte(400);
        mueller.post(pfad, mit(mit(gueltig, "art", "AKTUALISIERUNG"), "gueltigAb", uhr.heute().plusDays(1).toString())).erwarte(400);
        mueller.postRoh(pfad, "{\"version\":0.5,\"art\":\"BERICHTIGUNG\",\"grund\":\"x\",\"person\":{\"vorname\":\"A\","
                + "\"nachname\":\"B\",\"geburtsdatum\":\"1980-05-01\"}}").erwarte(400);
        mueller.postRoh(pfad, "{\"version\":0,\"art\":\"BERICHTIGUNG\",\"grund\":\"x\",\"person\":{\"vorname\":\"A\","
                + "\"nachname\":\"B\",\"geburtsdatum\":\"1980-05-01T00:00:00Z\"}}").erwarte(400);
        assertThat(ereignisse(fallId)).as("keine Ablehnung speichert ein Ereignis").isEqualTo(ereignisse);

        // A closed Fall: wrong data are still corrected, a move is no longer recorded.
        long v = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "UMZUG")).erwarte(200).version();
        Map<String, Object> umzug = mit(mit(berichtigung(v, person("Berichtigungsschutz", "Hammer Straße 12", "48153")),
                "art", "AKTUALISIERUNG"), "gueltigAb", uhr.heute().toString());
        assertThat(mueller.post(pfad, umzug).erwarte(422).feld("code")).isEqualTo("FALL_ABGESCHLOSSEN");
        assertThat(mueller.post(pfad, gueltig).erwarte(409).feld("detail"))
                .isEqualTo("Der Fall wurde inzwischen von fm.mueller geändert – bitte neu laden und die Eingabe prüfen.");
        assertThat(mueller.post(pfad, mit(gueltig, "version", v)).erwarte(200).version()).isEqualTo(v + 1);
    }

    @Test
    void einBerichtigtesGeburtsdatumBerichtigtDieAltersgruppeInDenKennzahlen() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Altersberichtigung", "Innenstadt");
        String frueher = de.fallbuch.app.Testdaten.antragStellen(mueller, fallId, uhr.heute());
        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(altersgruppe(frueher)).isEqualTo("VON_18_BIS_UNTER_65"));

        Map<String, Object> aelter = new LinkedHashMap<>(person("Altersberichtigung", "Ludgeristraße 1", "48143"));
        aelter.put("geburtsdatum", "1950-05-01");
        mueller.post("/api/faelle/" + fallId + "/personendaten", berichtigung(0, aelter)).erwarte(200);
        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(altersgruppe(frueher)).isEqualTo("AB_65"));
        // An Antrag registered after the correction counts the corrected age from the start.
        String spaeter = de.fallbuch.app.Testdaten.antragStellen(mueller, fallId, uhr.heute());
        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(altersgruppe(spaeter)).isEqualTo("AB_65"));
    }

    private String altersgruppe(String antragId) {
        return jdbc.sql("SELECT altersgruppe FROM kennzahlen_antrag WHERE antrag_id = CAST(:id AS uuid)").param("id", antragId)
                .query(String.class).optional().orElse(null);
    }

    private static Map<String, Object> mit(Map<String, Object> koerper, String feld, Object wert) {
        Map<String, Object> neu = new LinkedHashMap<>(koerper);
        neu.put(feld, wert);
        return neu;
    }

    private static JsonNode letzterEintrag(JsonNode verlauf) {
        return verlauf.get(verlauf.size() - 1);
    }

    private long ereignisse(String fallId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id").param("id", fallId)
                .query(Long.class).single();
    }

    /** The UI's search (it has no REST door) as the Fallmanager sees it. */
    private String suche(String begriff) throws Exception {
        HttpRequest anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/faelle?suche=" + begriff))
                .header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("fm.mueller:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> antwort = HTTP.send(anfrage, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(antwort.statusCode()).isEqualTo(200);
        return antwort.body();
    }

    private static Instant jetzt() throws InterruptedException {
        Thread.sleep(5);
        Instant jetzt = Instant.now();
        Thread.sleep(5);
        return jetzt;
    }
}
