package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Fall search as a German office needs it (issue 15), through the search page: spellings without
 * umlauts and diacritics, first and last name together, the birth date, the Aktenzeichen, names that
 * sound alike ranked below exact ones, and hits that tell namesakes apart by birth date and address.
 */
class FallsucheTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TREFFER = Pattern.compile("href=\"/faelle/([0-9a-f-]{36})\"");

    @LocalServerPort
    private int port;

    @Test
    void umlauteScharfesSUndDiakritikaDuerfenFehlen() throws Exception {
        String mueller = eroeffnen("Quendolin", "Müller", "1971-02-03", "Hafenweg 5");
        String weiss = eroeffnen("Quendolin", "Weiß", "1972-02-03", "Hafenweg 6");
        String sahin = eroeffnen("Yüksel", "Şahin", "1973-02-03", "Hafenweg 7");
        warteAufSuchbarkeit("Quendolin Müller", mueller);

        assertThat(treffer("Quendolin Mueller")).contains(mueller);
        assertThat(treffer("quendolin müller")).contains(mueller);
        assertThat(treffer("Quendolin Weiss")).contains(weiss).doesNotContain(mueller);
        assertThat(treffer("Weiß Quendolin")).contains(weiss);
        warteAufSuchbarkeit("Yueksel Sahin", sahin);
        assertThat(treffer("Yuksel Şahin")).contains(sahin);
    }

    @Test
    void vornameNachnameUndGeburtsdatumFindenDiePersonUndUnterscheidenNamensvetter() throws Exception {
        String richtige = eroeffnen("Anna", "Müllerquast", "1957-04-03", "Sonnenstraße 12");
        String namensvetterin = eroeffnen("Anna", "Müllerquast", "1990-11-30", "Mondweg 3");
        warteAufSuchbarkeit("Anna Müllerquast", richtige);
        warteAufSuchbarkeit("Anna Müllerquast", namensvetterin);

        assertThat(treffer("Anna Müllerquast")).contains(richtige, namensvetterin);
        assertThat(treffer("Müllerquast, Anna")).contains(richtige, namensvetterin);
        assertThat(treffer("Anna Müllerquast 03.04.1957")).containsExactly(richtige);
        assertThat(treffer("03.04.1957 Muellerquast")).containsExactly(richtige);
        assertThat(treffer("Anna Müllerquast 31.02.1957")).isEmpty();
        // the hit says who it is: birth date and address next to the name
        String seite = seite("Anna Müllerquast");
        assertThat(seite).contains("03.04.1957", "Sonnenstraße 12, 48143 Münster", "30.11.1990", "Mondweg 3, 48143 Münster",
                "Geboren am", "Anschrift");
        // the Aktenzeichen, whole or a part of it
        String aktenzeichen = als("fm.mueller").get("/api/faelle/" + richtige).erwarte(200).feld("aktenzeichen");
        assertThat(treffer(aktenzeichen)).containsExactly(richtige);
        assertThat(treffer(aktenzeichen.substring(3))).contains(richtige);
    }

    @Test
    void einGleichKlingenderNameStehtHinterDemGenauen() throws Exception {
        String meyer = eroeffnen("Ottokarine", "Meyer", "1960-01-01", "Ahornweg 1");
        String maier = eroeffnen("Ottokarine", "Maier", "1960-01-02", "Ahornweg 2");
        String schmidt = eroeffnen("Ottokarine", "Schmidt", "1960-01-03", "Ahornweg 3");
        warteAufSuchbarkeit("Ottokarine Maier", maier);
        warteAufSuchbarkeit("Ottokarine Meyer", meyer);

        // Meyer was opened first: without the ranking, the newer Maier would come first for "Meyer" as well
        assertThat(treffer("Ottokarine Maier")).containsExactly(maier, meyer);
        assertThat(treffer("Ottokarine Meyer")).containsExactly(meyer, maier);
        assertThat(treffer("Ottokarine Meier")).containsExactlyInAnyOrder(meyer, maier).doesNotContain(schmidt);
        String seite = seite("Ottokarine Maier");
        assertThat(seite.indexOf(maier)).isLessThan(seite.indexOf("ähnlich klingend"));
        // a Fallmanager of another Dienststelle finds nothing of it
        assertThat(treffer("Ottokarine Maier", "fm.yilmaz")).isEmpty();
    }

    @Test
    void einUeberlangerSuchbegriffWirdMitDeutscherMeldungAbgelehnt() throws Exception {
        assertThat(antwort("Müller".repeat(30) + "x".repeat(20), "fm.mueller").statusCode()).isEqualTo(200);
        HttpResponse<String> zuLang = antwort("Müller".repeat(30) + "x".repeat(21), "fm.mueller");
        assertThat(zuLang.statusCode()).isEqualTo(400);
        assertThat(zuLang.body()).contains("Der Suchbegriff ist zu lang: höchstens 200 Zeichen.");
    }

    private String eroeffnen(String vorname, String nachname, String geburtsdatum, String strasse) {
        return als("fm.mueller").post("/api/faelle", Map.of(
                "person", Map.of("vorname", vorname, "nachname", nachname, "geburtsdatum", geburtsdatum,
                        "anschrift", Map.of("strasse", strasse, "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Mietschulden")).erwarte(201).feld("fallId");
    }

    /** The view is eventually consistent: wait until the search finds the new Fall. */
    private void warteAufSuchbarkeit(String begriff, String fallId) throws Exception {
        long ende = System.currentTimeMillis() + 15_000;
        while (!treffer(begriff).contains(fallId)) {
            assertThat(System.currentTimeMillis()).as("Fall " + fallId + " für „" + begriff + "“ gefunden").isLessThan(ende);
            Thread.sleep(200);
        }
    }

    private List<String> treffer(String begriff) throws Exception {
        return treffer(begriff, "fm.mueller");
    }

    private List<String> treffer(String begriff, String benutzer) throws Exception {
        List<String> ids = new ArrayList<>();
        Matcher m = TREFFER.matcher(seite(begriff, benutzer));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String seite(String begriff) throws Exception {
        return seite(begriff, "fm.mueller");
    }

    private String seite(String begriff, String benutzer) throws Exception {
        HttpResponse<String> antwort = antwort(begriff, benutzer);
        assertThat(antwort.statusCode()).isEqualTo(200);
        return antwort.body();
    }

    private HttpResponse<String> antwort(String begriff, String benutzer) throws Exception {
        HttpRequest anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/faelle?suche="
                        + URLEncoder.encode(begriff, StandardCharsets.UTF_8)))
                .header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HTTP.send(anfrage, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
