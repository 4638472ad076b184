package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The German error pages in a real browser: an unknown page and a forbidden one each say what
 * happened and offer ways back; every link on them is clicked and leads to a working page.
 */
class FehlerseitenBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void jedeFehlerseiteFuehrtUeberJedenIhrerLinksZurueck() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.anmelden("fm.mueller");
            for (String seite : List.of("/gibt-es-nicht", "/kennzahlen")) {
                // Reached by a link from the start page, so the page knows where "back" is.
                browser.oeffnen("/");
                ((org.openqa.selenium.JavascriptExecutor) browser.warte(t -> t))
                        .executeScript("window.location.href = arguments[0]", seite);
                browser.warte(t -> t.getCurrentUrl().endsWith(seite));
                String text = browser.text();
                assertThat(text).containsAnyOf("nicht gefunden", "Kein Zugriff", "nicht berechtigt", "Berechtigung")
                        .contains("Zur Startseite").doesNotContain("Whitelabel", "Exception");
                browser.foto("fehlerseite" + seite.replace('/', '-'));
                List<String> ziele = browser.warte(t -> t.findElements(By.cssSelector("main a"))).stream()
                        .map(a -> a.getAttribute("href")).toList();
                assertThat(ziele).isNotEmpty();
                for (String ziel : ziele) {
                    browser.oeffnen("/");
                    ((org.openqa.selenium.JavascriptExecutor) browser.warte(t -> t))
                            .executeScript("window.location.href = arguments[0]", seite);
                    browser.warte(t -> t.getCurrentUrl().endsWith(seite));
                    WebElement link = browser.warte(t -> t.findElement(By.cssSelector("main a[href='" + ziel.replace(
                            "http://localhost:" + port, "") + "']")));
                    link.click();
                    browser.warte(t -> !t.getCurrentUrl().endsWith(seite));
                    assertThat(browser.text()).as("nach %s", ziel).doesNotContain("Interner Fehler", "nicht gefunden", "Whitelabel");
                }
            }
        }
    }
}
