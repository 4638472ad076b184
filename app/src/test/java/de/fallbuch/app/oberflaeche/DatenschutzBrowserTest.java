package de.fallbuch.app.oberflaeche;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.antragStellen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data protection pages in a real headless Chromium: the Fallmanager opens the Art. 15 Auskunft
 * from the Fall page (screen and print), the data protection officer lands on the access log, filters
 * it and finds the Auskunft there. Every link on both pages is clicked and leads to a working page.
 */
class DatenschutzBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void auskunftUndProtokollDerAkteneinsichtenMitJedemLink() {
        Api mueller = als("fm.mueller");
        String fallId = mueller.post("/api/faelle", Map.of(
                "person", Map.of("vorname", "Berta", "nachname", "Browserauskunft", "geburtsdatum", "1966-06-06",
                        "anschrift", Map.of("strasse", "Druckgasse 3", "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Auskunft erbeten")).erwarte(201).feld("fallId");
        mueller.post("/api/faelle/" + fallId + "/vermittlungen", Map.of("version", 0, "partner", "SCHULDNERBERATUNG",
                "anlass", "Schulden ordnen", "einwilligungErteilt", true, "einwilligungAm", uhr.heute().toString())).erwarte(201);
        String antragId = antragStellen(mueller, fallId, uhr.heute());
        String vereinbarungId = inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/antraege/" + antragId, a -> a.status() == 200);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.status() == 200 && a.version() == 3);
        String aktenzeichen = mueller.warteAuf("/api/faelle/" + fallId, a -> a.version() == 1).feld("aktenzeichen");
        String auskunft = "/faelle/" + fallId + "/auskunft";

        try (Browser browser = new Browser(port)) {
            browser.anmelden("fm.mueller");
            browser.oeffnen("/faelle/" + fallId);
            browser.klicken(By.id("auskunft-link"));
            browser.warte(t -> t.getCurrentUrl().endsWith(auskunft));
            assertThat(browser.text()).contains("Auskunft über gespeicherte Daten", aktenzeichen, "Browserauskunft", "Druckgasse 3",
                    "06.06.1966", "Anträge und Entscheidungen", "Hilfe zum Lebensunterhalt", "Vermittlungen", "Schulden ordnen",
                    "Einwilligungen", "§ 67b SGB X", "Hilfevereinbarungen", "Mietschulden sind geregelt", "Termine bei der Caritas",
                    "Verlauf", "Wer die Akte eingesehen hat", "Auskunft nach Art. 15 DSGVO");
            assertThat(browser.quelltext()).contains("/js/auskunft-drucken.js", "data-drucken").doesNotContain("onclick", "style=\"");
            browser.foto("auskunft-01-bildschirm");
            browser.fotoAlsDruck("auskunft-02-druck");
            jedenLinkKlicken(browser, auskunft);
            browser.abmelden();

            browser.anmelden("ds.neumann");
            assertThat(browser.adresse()).endsWith("/datenschutz/akteneinsicht");
            assertThat(browser.text(By.cssSelector("nav"))).contains("Akteneinsichten").doesNotContain("Fall suchen", "Arbeitskorb");
            browser.eingeben("fall", aktenzeichen);
            browser.absenden("protokoll-filter");
            browser.warte(t -> t.getCurrentUrl().contains("fall=" + aktenzeichen));
            String protokoll = browser.text(By.id("einsichten"));
            assertThat(protokoll).contains(aktenzeichen, "fm.mueller", "Auskunft nach Art. 15 DSGVO", "Fallakte", "gewährt")
                    .doesNotContain("Browserauskunft");
            browser.foto("akteneinsicht-01-nach-fall");
            String gefiltert = "/datenschutz/akteneinsicht?fall=" + aktenzeichen;
            jedenLinkKlicken(browser, gefiltert);

            // The officer sees no Fall: the page says so in German.
            browser.oeffnen("/faelle/" + fallId);
            assertThat(browser.text()).contains("Kein Zugriff").doesNotContain("Browserauskunft");
        }
    }

    /** Every link of the page (header and content): each leads to a page that works, and the page comes back the same. */
    private void jedenLinkKlicken(Browser browser, String seite) {
        browser.oeffnen(seite);
        // visible links only: the skip link ("Zum Inhalt springen") appears on keyboard focus and stays on the page
        List<String> ziele = browser.warte(t -> t.findElements(By.cssSelector("a[href]"))).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getAttribute("href")).distinct().toList();
        assertThat(ziele).isNotEmpty();
        for (String ziel : ziele) {
            browser.oeffnen(seite);
            String relativ = ziel.replace("http://localhost:" + port, "");
            WebElement link = browser.warte(t -> t.findElements(By.cssSelector("a[href]")).stream()
                    .filter(a -> a.isDisplayed() && ziel.equals(a.getAttribute("href"))).findFirst().orElse(null));
            link.click();
            browser.warte(t -> !t.getCurrentUrl().equals("http://localhost:" + port + seite) || relativ.startsWith(seite));
            assertThat(browser.text()).as("nach %s", relativ)
                    .doesNotContain("Interner Fehler", "Nicht gefunden", "Kein Zugriff", "Whitelabel", "Ungültige Angabe");
        }
    }
}
