package de.fallbuch.app.oberflaeche;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Arbeitskorb page in a real headless Chromium: the Aktenzeichen of a grant waiting for approval
 * leads to that Antrag on the Fall page (it once rendered the unevaluated link expression and ended in
 * "Interner Fehler"), for the Fallmanager who decided and the Sachgebietsleitung who approves; open
 * Anträge are listed as GET /api/arbeitskorb lists them.
 */
class ArbeitskorbBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void dasAktenzeichenEinerAusstehendenFreigabeFuehrtZumAntragImFall() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Korbverweis", "Innenstadt");
        String antragId = antragStellen(als("fm.mueller"), fallId, uhr.heute());
        als("fm.mueller").post("/api/antraege/" + antragId + "/bewilligung", Map.of("version", 0,
                "betragMonatlichCent", 125_000, "bewilligungBis", uhr.heute().plusMonths(6).toString(),
                "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Bedarf nachgewiesen")).erwarte(201);
        String aktenzeichen = als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200).feld("aktenzeichen");

        try (Browser browser = new Browser(port)) {
            for (String benutzer : new String[] {"fm.mueller", "sgl.schmidt"}) {
                browser.anmelden(benutzer);
                browser.oeffnen("/arbeitskorb");
                By verweis = By.cssSelector("#freigaben a[href$='#antrag-" + antragId + "']");
                // The approvals are a view of their own: reload until it shows the grant.
                browser.warte(t -> {
                    if (!t.findElements(verweis).isEmpty()) {
                        return true;
                    }
                    t.navigate().refresh();
                    return false;
                });
                assertThat(browser.text(verweis)).isEqualTo(aktenzeichen);
                browser.klicken(verweis);
                browser.warte(t -> t.getCurrentUrl().endsWith("/faelle/" + fallId + "#antrag-" + antragId));
                assertThat(browser.text()).doesNotContain("Interner Fehler");
                assertThat(browser.text(By.id("antrag-" + antragId))).contains("Hilfe zum Lebensunterhalt", "1.250,00 €");
                browser.foto("arbeitskorb-freigabe-verweis-" + benutzer);
                browser.abmelden();
            }
        }
    }

    @Test
    void offeneAntraegeStehenImArbeitskorbWieInDerApi() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Korbantrag", "Innenstadt");
        String antragId = antragStellen(als("fm.mueller"), fallId, uhr.heute());
        als("fm.mueller").warteAuf("/api/arbeitskorb", a -> a.text().contains(antragId));
        String aktenzeichen = als("fm.mueller").get("/api/faelle/" + fallId).erwarte(200).feld("aktenzeichen");

        try (Browser browser = new Browser(port)) {
            browser.anmelden("fm.mueller");
            browser.oeffnen("/arbeitskorb");
            browser.warteAufText("Korbantrag");
            By zeile = By.xpath("//table[@id='offene-antraege']//tr[td/a[contains(@href, '#antrag-" + antragId + "')]]");
            assertThat(browser.text(zeile)).contains(aktenzeichen, "Korbantrag", "Hilfe zum Lebensunterhalt", "in Bearbeitung");
            browser.klicken(By.cssSelector("#offene-antraege a[href$='#antrag-" + antragId + "']"));
            browser.warte(t -> t.getCurrentUrl().endsWith("/faelle/" + fallId + "#antrag-" + antragId));
            assertThat(browser.text(By.id("antrag-" + antragId))).contains("Hilfe zum Lebensunterhalt");
        }
    }
}
