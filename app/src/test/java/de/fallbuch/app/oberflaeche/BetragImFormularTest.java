package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An amount typed the German way travels through the UI's form into the decision unchanged in meaning. */
class BetragImFormularTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    /** One browser: its session cookie carries the CSRF token the page was rendered with. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void tausendMitPunktSindTausendEuroUndEinEnglischerBetragWirdMitGrundAbgelehnt() throws Exception {
        Api mueller = als("fm.mueller");
        String fallId = Testdaten.fallEroeffnen(mueller, "Tausender", "Innenstadt");
        String antragId = Testdaten.antragStellen(mueller, fallId, uhr.heute());
        mueller.warteAuf("/api/antraege/" + antragId, a -> a.version() == 0);
        String formular = "/faelle/" + fallId + "/antraege/" + antragId + "/bewilligung";

        HttpResponse<String> abgelehnt = absenden(fallId, formular, "1.00");
        assertThat(abgelehnt.statusCode()).isEqualTo(302);
        assertThat(seite("/faelle/" + fallId).body()).contains(
                "„1.00“ ist nicht eindeutig: der Punkt trennt nur Tausender (1.000 sind tausend Euro). Cent bitte mit Komma angeben, z. B. 1,00.");
        assertThat(mueller.get("/api/antraege/" + antragId).erwarte(200).version()).isZero();

        HttpResponse<String> bewilligt = absenden(fallId, formular, "1.000");
        assertThat(bewilligt.statusCode()).isEqualTo(302);
        assertThat(bewilligt.headers().firstValue("Location")).hasValueSatisfying(ziel -> assertThat(ziel).endsWith("/faelle/" + fallId));
        Api.Antwort antrag = mueller.warteAuf("/api/antraege/" + antragId, a -> a.version() == 1);
        assertThat(antrag.json().path("entscheidung").path("betragMonatlichCent").asLong()).isEqualTo(100_000L);
        assertThat(seite("/faelle/" + fallId).body()).contains("1.000,00 € monatlich");
    }

    private HttpResponse<String> absenden(String fallId, String formular, String betrag) throws Exception {
        Matcher token = CSRF.matcher(seite("/faelle/" + fallId).body());
        assertThat(token.find()).as("CSRF-Feld auf der Fallseite").isTrue();
        Map<String, String> felder = new LinkedHashMap<>();
        felder.put("_csrf", token.group(1));
        felder.put("version", "0");
        felder.put("betragMonatlich", betrag);
        felder.put("rechtsgrundlage", "§§ 27 ff. SGB XII");
        felder.put("begruendung", "Regelbedarf und Unterkunft");
        String koerper = felder.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(anfrage(formular).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(koerper)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> seite(String pfad) throws Exception {
        HttpResponse<String> seite = browser.send(anfrage(pfad).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(seite.statusCode()).isEqualTo(200);
        return seite;
    }

    private HttpRequest.Builder anfrage(String pfad) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("fm.mueller:demo".getBytes(StandardCharsets.UTF_8)));
    }
}
