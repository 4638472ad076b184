package de.fallbuch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import de.fallbuch.kernel.common.Grenzen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every refusal of a request, wherever it is made (Tomcat, Spring Security, Spring MVC, our own
 * limit), reaches an API client as German problem+json with a stable code and a person as a German
 * page with a way back, never as Tomcat's report or Boot's Whitelabel page. Raw HTTP, because some
 * of these requests are ones a well-behaved client library would not even send.
 */
class FehlerformatTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    // --- the API: problem+json in German -------------------------------------------------------

    @Test
    void eineUnbekannteApiAdresseIst404InDeutsch() throws Exception {
        JsonNode problem = problem(senden(api("/api/gibtsnicht").GET()), 404, "UNBEKANNTE_ADRESSE");
        assertThat(problem.path("title").asText()).isEqualTo("Nicht gefunden");
        assertThat(problem.path("detail").asText()).isEqualTo("Diese Adresse gibt es nicht. Bitte prüfen Sie die Schreibweise.");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/gibtsnicht");
    }

    @Test
    void eineFalscheMethodeIst405MitAllow() throws Exception {
        HttpResponse<String> antwort = senden(api("/api/faelle").DELETE());
        JsonNode problem = problem(antwort, 405, "METHODE_NICHT_ERLAUBT");
        assertThat(problem.path("title").asText()).isEqualTo("Methode nicht erlaubt");
        assertThat(problem.path("detail").asText()).startsWith("Die Methode DELETE ist für diese Adresse nicht erlaubt; erlaubt:")
                .contains("GET", "POST");
        assertThat(antwort.headers().firstValue("Allow")).hasValueSatisfying(erlaubt -> assertThat(erlaubt).contains("GET", "POST"));
    }

    @Test
    void xmlGibtEs406NichtUndDasProblemKommtTrotzdemAlsJson() throws Exception {
        JsonNode problem = problem(senden(api("/api/arbeitskorb").setHeader("Accept", "application/xml").GET()), 406,
                "FORMAT_NICHT_LIEFERBAR");
        assertThat(problem.path("title").asText()).isEqualTo("Format nicht lieferbar");
        assertThat(problem.path("detail").asText()).startsWith("Die Antwort gibt es nur als").contains("application/json");
    }

    @Test
    void einFalscherOderKaputterInhaltstypIst415() throws Exception {
        JsonNode text = problem(senden(api("/api/faelle").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Anna Schneider"))), 415, "FORMAT_NICHT_UNTERSTUETZT");
        assertThat(text.path("detail").asText()).startsWith("Das Format „text/plain")
                .endsWith("“ wird hier nicht angenommen; angenommen: [application/json, application/*+json].");
        JsonNode kaputt = problem(senden(api("/api/faelle").header("Content-Type", ";;;")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "FORMAT_NICHT_UNTERSTUETZT");
        assertThat(kaputt.path("detail").asText()).startsWith("Der Content-Type-Kopf ist fehlerhaft");
    }

    @Test
    void einKoerperUeberDerGrenzeIst413UndNichtsWirdGespeichert() throws Exception {
        byte[] zuGross = eroeffnung("x".repeat(Grenzen.MAX_ANFRAGE_BYTES + 1000));
        long ereignisseVorher = ereignisse();

        JsonNode mitLaenge = problem(senden(api("/api/faelle").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zuGross))), 413, "ANFRAGE_ZU_GROSS");
        assertThat(mitLaenge.path("title").asText()).isEqualTo("Anfrage zu groß");
        assertThat(mitLaenge.path("detail").asText()).isEqualTo(
                "Die Anfrage ist zu groß: angenommen werden höchstens 1.048.576 Bytes (1 MiB). Es wurde nichts gespeichert.");

        // No length announced: the body comes in chunks and is counted while it is read.
        problem(senden(api("/api/faelle").header("Content-Type", "application/json").POST(stueckweise(zuGross))), 413,
                "ANFRAGE_ZU_GROSS");

        assertThat(ereignisse()).isEqualTo(ereignisseVorher);
    }

    @Test
    void einKleinerKoerperInStueckenWirdNormalGelesen() throws Exception {
        HttpResponse<String> antwort = senden(api("/api/faelle").header("Content-Type", "application/json")
                .POST(stueckweise(eroeffnung("Mietschulden"))));
        assertThat(antwort.statusCode()).as(antwort.body()).isEqualTo(201);
    }

    @Test
    void einKodierterSchraegstrichInDerKennungIst400InDeutsch() throws Exception {
        // Refused by Tomcat before any filter runs: answered by our replacement of its error report.
        JsonNode problem = problem(senden(api("/api/faelle/" + UUID.randomUUID() + "%2Fverlauf").GET()), 400, "UNGUELTIGE_ADRESSE");
        assertThat(problem.path("title").asText()).isEqualTo("Ungültige Anfrage");
        assertThat(problem.path("detail").asText()).contains("„%2F“");
    }

    @Test
    void einSemikolonOderKodiertesProzentzeichenIst400InDeutsch() throws Exception {
        // Refused by Spring Security's firewall.
        problem(senden(api("/api/faelle/abc;jsessionid=x").GET()), 400, "UNGUELTIGE_ADRESSE");
        problem(senden(api("/api/faelle/abc%25def").GET()), 400, "UNGUELTIGE_ADRESSE");
    }

    @Test
    void eineKaputteProzentkodierungIst400InDeutsch() throws Exception {
        // java.net.URI refuses to send this at all, so by hand.
        String antwort = roh("GET /api/faelle/abc%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic("fm.mueller")
                + "\r\nConnection: close\r\n\r\n");
        assertThat(antwort).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"code\":\"UNGUELTIGE_ADRESSE\"", "Die Adresse der Anfrage enthält unzulässige Zeichen")
                .doesNotContain("Whitelabel", "HTTP Status 400");
    }

    @Test
    void eineKopfzeileVon20KbIst400InDeutsch() throws Exception {
        JsonNode problem = problem(senden(api("/api/arbeitskorb").header("X-Gross", "a".repeat(20 * 1024)).GET()), 400,
                "KOPFZEILEN_ZU_GROSS");
        assertThat(problem.path("detail").asText()).startsWith("Die Kopfzeilen der Anfrage");
    }

    @Test
    void ohneAnmeldungIst401InDeutschMitWwwAuthenticate() throws Exception {
        HttpResponse<String> antwort = senden(HttpRequest.newBuilder(adresse("/api/arbeitskorb")).GET());
        JsonNode problem = problem(antwort, 401, "NICHT_ANGEMELDET");
        assertThat(problem.path("title").asText()).isEqualTo("Nicht angemeldet");
        assertThat(antwort.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Fallbuch\"");
    }

    // --- the UI: German pages with a way back ---------------------------------------------------

    @Test
    void eineUnbekannteSeiteIstEineDeutsche404Seite() throws Exception {
        HttpResponse<String> antwort = senden(seite("/gibtsnicht", "fm.mueller").header("Referer", "http://localhost:" + port + "/arbeitskorb").GET());
        seite(antwort, 404, "Seite nicht gefunden", "Diese Seite gibt es nicht");
        assertThat(antwort.body()).contains("href=\"/arbeitskorb\">Zurück zur vorigen Seite", "Zur Startseite", "Angemeldet:");
    }

    @Test
    void eineFremdeAkteIstEineDeutsche403Seite() throws Exception {
        String fallId = Testdaten.fallEroeffnen(als("fm.mueller"), "Fehlerseite", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        seite(senden(seite("/faelle/" + fallId, "fm.yilmaz").GET()), 403, "Kein Zugriff", "Zur Startseite");
    }

    @Test
    void eineFalscheMethodeImFormularbereichIstEineDeutscheSeite() throws Exception {
        seite(senden(seite("/faelle/" + UUID.randomUUID() + "/beratung", "fm.mueller").GET()), 405, "Anfrage nicht möglich",
                "Bitte gehen Sie über die Seiten der Anwendung");
    }

    @Test
    void eineUngueltigeAdresseIstAuchInDerOberflaecheEineDeutscheSeite() throws Exception {
        seite(senden(seite("/faelle/abc%2Fdef", "fm.mueller").GET()), 400, "Ungültige Anfrage", "Zur Startseite");
    }

    @Test
    void einZuGrossesFormularIstEineDeutsche413Seite() throws Exception {
        String formular = "thema=x&inhalt=" + "y".repeat(Grenzen.MAX_ANFRAGE_BYTES + 10);
        for (HttpRequest.BodyPublisher koerper : new HttpRequest.BodyPublisher[] {
                HttpRequest.BodyPublishers.ofString(formular), stueckweise(formular.getBytes(StandardCharsets.UTF_8))}) {
            HttpResponse<String> antwort = senden(seite("/faelle/" + UUID.randomUUID() + "/beratung", "fm.mueller")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(koerper));
            seite(antwort, 413, "Eingabe zu groß", "höchstens 1.048.576 Bytes");
        }
    }

    @Test
    void nachAbgelaufenerSitzungZeigtDasFormularWasEingegebenWar() throws Exception {
        HttpResponse<String> antwort = senden(HttpRequest.newBuilder(adresse("/faelle/" + UUID.randomUUID() + "/beratung"))
                .header("Cookie", "JSESSIONID=LAENGSTABGELAUFEN")
                .header("Referer", "http://localhost:" + port + "/faelle/abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=altesToken4711&version=3&thema=Miete&inhalt="
                        + "Vermieter%20droht%20mit%20K%C3%BCndigung%20%3Cb%3E&password=Kennwort0815")));
        seite(antwort, 403, "Sitzung abgelaufen", "Es wurde nichts gespeichert.", "Neu anmelden", "href=\"/login\"",
                "Vermieter droht mit Kündigung &lt;b&gt;", ">Miete</textarea>", "href=\"/faelle/abc\">Zurück zum Formular");
        assertThat(antwort.body()).doesNotContain("Kennwort0815", "altesToken4711", "name=\"_csrf\"");
    }

    @Test
    void derFehlerpfadSelbstIstEineDeutscheSeite() throws Exception {
        seite(senden(HttpRequest.newBuilder(adresse("/error")).GET()), 404, "Seite nicht gefunden", "Zur Startseite");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private JsonNode problem(HttpResponse<String> antwort, int status, String code) throws IOException {
        assertThat(antwort.statusCode()).as(antwort.body()).isEqualTo(status);
        assertThat(antwort.headers().firstValue("Content-Type")).hasValueSatisfying(
                typ -> assertThat(typ).startsWith("application/problem+json"));
        assertThat(antwort.body()).doesNotContain("Whitelabel");
        JsonNode problem = Api.JSON.readTree(antwort.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContainPattern("(?i)\\b(the|is|not|supported|resource)\\b");
        return problem;
    }

    private static void seite(HttpResponse<String> antwort, int status, String... erwartet) {
        assertThat(antwort.statusCode()).as(antwort.body()).isEqualTo(status);
        assertThat(antwort.headers().firstValue("Content-Type")).hasValueSatisfying(typ -> assertThat(typ).startsWith("text/html"));
        assertThat(antwort.body()).contains("<html lang=\"de\"", "Fallbuch").contains(erwartet)
                .doesNotContain("Whitelabel", "\"status\"", "HTTP Status");
    }

    private HttpRequest.Builder api(String pfad) {
        return HttpRequest.newBuilder(adresse(pfad)).header("Accept", "application/json").header("Authorization", basic("fm.mueller"));
    }

    private HttpRequest.Builder seite(String pfad, String benutzer) {
        return HttpRequest.newBuilder(adresse(pfad)).header("Accept", "text/html").header("Authorization", basic(benutzer));
    }

    private URI adresse(String pfad) {
        return URI.create("http://localhost:" + port + pfad);
    }

    private static HttpResponse<String> senden(HttpRequest.Builder anfrage) throws Exception {
        return HTTP.send(anfrage.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A body of unknown length, which HTTP/1.1 sends chunked (no Content-Length). */
    private static HttpRequest.BodyPublisher stueckweise(byte[] koerper) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(koerper));
    }

    private static byte[] eroeffnung(String anliegen) throws IOException {
        Map<String, Object> fall = new HashMap<>(Testdaten.neuerFall("Grenzfall", "Innenstadt"));
        fall.put("anliegen", anliegen);
        return Api.JSON.writeValueAsBytes(fall);
    }

    private long ereignisse() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private String roh(String anfrage) throws IOException {
        try (Socket verbindung = new Socket("localhost", port)) {
            verbindung.setSoTimeout(10_000);
            OutputStream aus = verbindung.getOutputStream();
            aus.write(anfrage.getBytes(StandardCharsets.ISO_8859_1));
            aus.flush();
            InputStream ein = verbindung.getInputStream();
            return new String(ein.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String benutzer) {
        return "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
