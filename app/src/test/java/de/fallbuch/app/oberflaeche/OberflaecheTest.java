package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.HilfevereinbarungTestdaten;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI's doors over plain HTTP: login, static files from the jar, access refused as a page. */
class OberflaecheTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void ohneAnmeldungFuehrtJedeSeiteZurDeutschenAnmeldeseite() throws Exception {
        HttpResponse<String> arbeitskorb = get("/arbeitskorb", null);
        assertThat(arbeitskorb.statusCode()).isEqualTo(302);
        assertThat(arbeitskorb.headers().firstValue("Location")).hasValueSatisfying(ziel -> assertThat(ziel).endsWith("/login"));

        HttpResponse<String> anmeldung = get("/login", null);
        assertThat(anmeldung.statusCode()).isEqualTo(200);
        assertThat(anmeldung.body()).contains("<html lang=\"de\"", "Benutzername", "Passwort", "name=\"_csrf\"");
    }

    @Test
    void htmxUndStilvorlageKommenAusDemJar() throws Exception {
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js", null).body()).contains("htmx");
        assertThat(get("/css/fallbuch.css", null).body()).contains("@media print");
    }

    @Test
    void eineFallakteEinerFremdenDienststelleIstEineDeutscheFehlerseiteOhnePersonendaten() throws Exception {
        String fallId = Testdaten.fallEroeffnen(als("fm.mueller"), "Seitenschutz", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

        HttpResponse<String> fremd = get("/faelle/" + fallId, "fm.yilmaz");
        assertThat(fremd.statusCode()).isEqualTo(403);
        assertThat(fremd.body()).contains("Kein Zugriff", "Dienststelle").doesNotContain("Seitenschutz");

        HttpResponse<String> revision = get("/faelle?suche=Seitenschutz", "rev.koch");
        assertThat(revision.statusCode()).isEqualTo(403);
        assertThat(revision.body()).contains("keine Fälle mit personenbezogenen Daten").doesNotContain("Seitenschutz");
    }

    /** A template error shows only when its part is rendered, and then cuts the page off: render every state once. */
    @Test
    void dieFallseiteZeigtJedenStandDesAntragsUndDieHilfevereinbarungVollstaendig() throws Exception {
        Api mueller = als("fm.mueller");
        LocalDate heute = uhr.heute();
        String fallId = Testdaten.fallEroeffnen(mueller, "Seitenstand", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete",
                "ersteSchritte", "Antrag")).erwarte(200);
        String hilfevereinbarungId = HilfevereinbarungTestdaten.entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        String pfad = "/api/antraege/" + Testdaten.antragStellen(mueller, fallId, heute);
        mueller.warteAuf(pfad, a -> a.version() == 0);
        // the agreement has its own view (and processor): wait for it too before the page is read
        mueller.warteAuf("/api/hilfevereinbarungen/" + hilfevereinbarungId, a -> a.status() == 200);
        vollstaendig(fallId, "Bewilligen", "Unterschrift erfassen", "formular-unterschrift-" + hilfevereinbarungId);

        mueller.post(pfad + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201);
        mueller.warteAuf(pfad, a -> a.version() == 1);
        vollstaendig(fallId, "Bescheid bekanntgeben", "Ablehnung", "Vermögen über dem Schonbetrag");

        mueller.post(pfad + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true))
                .erwarte(200);
        mueller.warteAuf(pfad, a -> a.version() >= 2);
        vollstaendig(fallId, "Widerspruch erfassen", "Widerspruchsfrist bis");

        long version = mueller.get(pfad).version();
        mueller.post(pfad + "/widerspruch", Map.of("version", version, "begruendung", "Das Auto ist geschont")).erwarte(201);
        mueller.warteAuf(pfad, a -> a.version() == version + 1);
        vollstaendig(fallId, "Widerspruch zurückweisen", "Dem Widerspruch abhelfen", "rechtzeitig");
    }

    @Test
    void eineBewilligungUndEineGeltendeHilfevereinbarungBietenIhreSchritteAn() throws Exception {
        Api mueller = als("fm.mueller");
        String fallId = Testdaten.fallEroeffnen(mueller, "Geltend", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete",
                "ersteSchritte", "Antrag")).erwarte(200);
        String hilfevereinbarungId = HilfevereinbarungTestdaten.inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/hilfevereinbarungen/" + hilfevereinbarungId, h -> h.version() >= 2 && h.feld("status").equals("IN_KRAFT"));
        String pfad = "/api/antraege/" + Testdaten.antragStellen(mueller, fallId, uhr.heute());
        mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 45_000,
                "rechtsgrundlage", "§§ 27 ff. SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
        mueller.warteAuf(pfad, a -> a.version() == 1);

        vollstaendig(fallId, "450,00 € monatlich", "Anhörung vor einer Aufhebung einleiten", "Bewilligung aufheben",
                "Überprüfung dokumentieren", "Pflichtverletzung mit Stellungnahme dokumentieren", "Hilfevereinbarung beenden",
                "Maßnahmen", "begonnen", "erreicht", "Einzelfallanalyse erstellen", "Vermittlung an einen Partner veranlassen");
        assertThat(get("/faelle/" + fallId, "fm.mueller").body()).doesNotContain("Fall neu zuweisen");
        assertThat(get("/faelle/" + fallId, "sgl.schmidt").body()).contains("Fall neu zuweisen");
    }

    private void vollstaendig(String fallId, String... erwartet) throws Exception {
        HttpResponse<String> seite = get("/faelle/" + fallId, "fm.mueller");
        assertThat(seite.statusCode()).isEqualTo(200);
        assertThat(seite.body().strip()).endsWith("</html>").contains("id=\"verlauf\"").contains(erwartet);
    }

    @Test
    void einUnbekannterFallIstEineDeutscheFehlerseite() throws Exception {
        HttpResponse<String> unbekannt = get("/faelle/" + java.util.UUID.randomUUID(), "fm.mueller");
        assertThat(unbekannt.statusCode()).isEqualTo(404);
        assertThat(unbekannt.body()).contains("Nicht gefunden", "Einen Fall mit dieser Kennung gibt es nicht.", "Zur Startseite");
        HttpResponse<String> kaputt = get("/faelle/" + java.util.UUID.randomUUID() + "?stand=gestern", "rp.weber");
        assertThat(kaputt.statusCode()).isEqualTo(400);
        assertThat(kaputt.body()).contains("Bitte Datum und Uhrzeit angeben.");
    }

    @Test
    void einFormularOhneCsrfSchluesselWirdAbgewiesen() throws Exception {
        String fallId = Testdaten.fallEroeffnen(als("fm.mueller"), "Csrf", "Innenstadt");
        HttpRequest anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/faelle/" + fallId + "/beratung"))
                .header("Authorization", basic("fm.mueller"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=0&thema=x&inhalt=y")).build();
        assertThat(HTTP.send(anfrage, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String pfad, String benutzer) throws Exception {
        HttpRequest.Builder anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).header("Accept", "text/html");
        if (benutzer != null) {
            anfrage.header("Authorization", basic(benutzer));
        }
        return HTTP.send(anfrage.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String benutzer) {
        return "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
