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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, item 6: every page of the UI, as every role, in a real headless Chromium, under the
 * Content-Security-Policy without 'unsafe-inline': the header is there, and neither the console
 * ("Refused to ...") nor the page's securitypolicyviolation events report a violation. A control
 * shows that a violation would be seen.
 */
class CspBrowserTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Records every violation the page reports, from before the page's own scripts run. */
    private static final String VERSTOESSE_SAMMELN = "window.__csp = []; document.addEventListener('securitypolicyviolation', "
            + "e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));";

    @LocalServerPort
    private int port;

    @Test
    void keineSeiteVerletztDieContentSecurityPolicy() throws Exception {
        Api mueller = als("fm.mueller");
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String fallId = Testdaten.fallEroeffnen(mueller, "Richtlinie", "Innenstadt");
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        Testdaten.antragStellen(mueller, fallId, heute);
        HilfevereinbarungTestdaten.inKraftSetzen(mueller, fallId);
        String fremderFall = Testdaten.fallEroeffnen(als("fm.yilmaz"), "Fremd", "Hiltrup");
        als("fm.yilmaz").warteAuf("/api/faelle/" + fremderFall, a -> a.status() == 200);

        Map<String, List<String>> seitenJeRolle = Map.of(
                "fm.mueller", List.of("/", "/arbeitskorb", "/faelle", "/faelle?suche=Richtlinie", "/faelle/neu", "/faelle/" + fallId,
                        "/faelle/" + fremderFall, "/gibt-es-nicht"),
                "sgl.schmidt", List.of("/arbeitskorb", "/faelle/" + fallId, "/kennzahlen", "/kennzahlen?dienststelle=Innenstadt"),
                "rp.weber", List.of("/faelle", "/faelle/" + fallId, "/faelle/" + fallId + "/verlauf",
                        "/faelle/" + fallId + "?stand=" + heute + "T23:59"),
                "rev.koch", List.of("/kennzahlen", "/faelle"),
                "admin", List.of("/", "/arbeitskorb"));

        List<String> verstoesse = new ArrayList<>();
        int seiten = 0;
        try (Browser browser = new Browser(port)) {
            browser.beiJederSeite(VERSTOESSE_SAMMELN);
            for (String pfad : List.of("/login", "/login?error", "/login?abgemeldet", "/login?gesperrt=3", "/gibt-es-nicht")) {
                browser.oeffnen(pfad);
                verstoesse.addAll(pruefen(browser, "anonym " + pfad));
                seiten++;
            }
            for (Map.Entry<String, List<String>> rolle : seitenJeRolle.entrySet()) {
                browser.anmelden(rolle.getKey());
                verstoesse.addAll(pruefen(browser, rolle.getKey() + " Startseite"));
                for (String pfad : rolle.getValue()) {
                    browser.oeffnen(pfad);
                    verstoesse.addAll(pruefen(browser, rolle.getKey() + " " + pfad));
                    seiten++;
                }
                if (rolle.getKey().equals("fm.mueller")) {
                    // htmx: the search follows the typing and swaps the results in.
                    browser.oeffnen("/faelle");
                    browser.eingeben("suche", "Richtlinie");
                    browser.warte(t -> t.getCurrentUrl().contains("suche=Richtlinie"));
                    browser.warteAufText("Richtlinie");
                    verstoesse.addAll(pruefen(browser, "fm.mueller htmx-Suche"));
                }
                if (rolle.getKey().equals("rp.weber")) {
                    // The print button is wired by /js/fallbuch.js, not by an inline handler.
                    browser.oeffnen("/faelle/" + fallId + "/verlauf");
                    browser.skript("window.print = () => { window.__gedruckt = true; };");
                    browser.klicken(By.cssSelector("[data-drucken]"));
                    assertThat(browser.skript("return window.__gedruckt === true;")).isEqualTo(true);
                }
                browser.abmelden();
            }
            System.out.printf("CSP: %d Seiten in 6 Rollen ohne Verstoß geprüft%n", seiten);
            assertThat(verstoesse).as("CSP-Verstöße").isEmpty();

            // The control: a violation is seen, in the console and as an event.
            browser.oeffnen("/login");
            browser.konsolenfehler();
            browser.skript("const b = document.createElement('img'); b.src = 'https://bilder.example.invalid/x.png'; document.body.append(b);"
                    + "document.querySelector('h1').setAttribute('style', 'color: red');");
            browser.warte(t -> ((Number) browser.skript("return window.__csp.length;")).intValue() >= 2);
            // Older Chromium says "Refused to ...", newer "... violates the following Content Security Policy directive".
            List<String> kontrolle = new ArrayList<>();
            browser.warte(t -> {
                browser.konsolenfehler().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                        .forEach(kontrolle::add);
                return kontrolle.size() >= 2;
            });
            assertThat(kontrolle).anyMatch(m -> m.contains("bilder.example.invalid")).anyMatch(m -> m.contains("style"));
        }
    }

    private List<String> pruefen(Browser browser, String seite) throws Exception {
        browser.warte(t -> "complete".equals(browser.skript("return document.readyState;")));
        Thread.sleep(150);
        List<String> gefunden = new ArrayList<>();
        for (String meldung : browser.konsolenfehler()) {
            if (meldung.contains("Content Security Policy") || meldung.contains("Refused to")) {
                gefunden.add(seite + ": " + meldung);
            }
        }
        Object ereignisse = browser.skript("return window.__csp || [];");
        ((List<?>) ereignisse).forEach(e -> gefunden.add(seite + ": " + e));
        // The header itself, on the same page with the browser's session.
        String adresse = browser.adresse();
        String sitzung = browser.cookie("JSESSIONID");
        HttpRequest.Builder anfrage = HttpRequest.newBuilder(URI.create(adresse)).timeout(Duration.ofSeconds(20));
        if (sitzung != null) {
            anfrage.header("Cookie", "JSESSIONID=" + sitzung);
        }
        HttpResponse<Void> antwort = HTTP.send(anfrage.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(antwort.headers().firstValue("Content-Security-Policy")).as(seite)
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline"));
        return gefunden;
    }
}
