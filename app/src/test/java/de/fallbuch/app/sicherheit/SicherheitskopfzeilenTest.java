package de.fallbuch.app.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 13, item 6: the headers on every answer, the session cookie, the correlation id as it is echoed. */
class SicherheitskopfzeilenTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void jedeSeiteDerOberflaecheTraegtCspReferrerUndPermissionsPolicy() throws Exception {
        for (String pfad : new String[] {"/login", "/css/fallbuch.css", "/js/fallbuch.js", "/gibt-es-nicht"}) {
            HttpHeaders kopf = get(pfad).headers();
            assertThat(kopf.firstValue("Content-Security-Policy")).as(pfad).hasValue(Sicherheitskonfiguration.CSP_OBERFLAECHE);
            assertThat(kopf.firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(kopf.firstValue("Referrer-Policy")).as(pfad).hasValue("same-origin");
            assertThat(kopf.firstValue("Permissions-Policy")).as(pfad).hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(kopf.firstValue("X-Content-Type-Options")).as(pfad).hasValue("nosniff");
            assertThat(kopf.firstValue("X-Frame-Options")).as(pfad).hasValue("DENY");
        }
    }

    @Test
    void dieApiVerbietetDemBrowserAllesAusfuehren() {
        for (Api.Antwort antwort : new Api.Antwort[] {als("fm.mueller").get("/api/faelle"), anonym().get("/api/faelle")}) {
            assertThat(antwort.kopf().firstValue("Content-Security-Policy")).hasValue(Sicherheitskonfiguration.CSP_API);
            assertThat(antwort.kopf().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(antwort.kopf().firstValue("Permissions-Policy")).isPresent();
        }
    }

    @Test
    void dasSitzungscookieIstHttpOnlyUndSameSiteLax() throws Exception {
        String cookie = get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        // On the embedded demo (plain http://localhost) without Secure, so the demo works in every browser.
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void eineSaubereKorrelationsIdKommtZurueckEineFeindlicheWirdErsetzt() {
        String sauber = "auftrag-2026:17.a_B";
        assertThat(als("fm.mueller").mitKopfzeile("X-Correlation-Id", sauber).get("/api/faelle").kopf()
                .firstValue("X-Correlation-Id")).hasValue(sauber);
        for (String feindlich : new String[] {"x".repeat(65), "<script>alert(1)</script>", "a b", "=HYPERLINK(\"x\")", "ä"}) {
            String zurueck = als("fm.mueller").mitKopfzeile("X-Correlation-Id", feindlich).get("/api/faelle").kopf()
                    .firstValue("X-Correlation-Id").orElseThrow();
            assertThat(zurueck).as(feindlich).isNotEqualTo(feindlich).matches("[0-9a-f-]{36}");
        }
        assertThat(als("fm.mueller").mitKopfzeile("X-Correlation-Id", "x".repeat(64)).get("/api/faelle").kopf()
                .firstValue("X-Correlation-Id")).hasValue("x".repeat(64));
    }

    private HttpResponse<String> get(String pfad) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
