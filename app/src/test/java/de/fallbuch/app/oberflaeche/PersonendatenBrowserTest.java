package de.fallbuch.app.oberflaeche;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form "Personendaten berichtigen oder aktualisieren" (Art. 16 DSGVO) in a real headless Chromium:
 * it shows the person's current data, explains a refusal next to the field, and after a correction the
 * page, the Verlauf ("alt → neu", who and why) and the Arbeitskorb show the new name.
 */
class PersonendatenBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void dieFallmanagerinBerichtigtDenNamenUndDerVerlaufZeigtAltUndNeu() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Browserfalsch", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

        try (Browser browser = new Browser(port)) {
            browser.anmelden("fm.mueller");
            browser.oeffnen("/faelle/" + fallId);
            browser.aufklappen("formular-personendaten");
            // The form starts from the current data.
            assertThat(wert(browser, "personendaten-vorname")).isEqualTo("Anna");
            assertThat(wert(browser, "personendaten-nachname")).isEqualTo("Browserfalsch");
            assertThat(wert(browser, "personendaten-geburtsdatum")).isEqualTo("01.05.1980");
            assertThat(wert(browser, "personendaten-strasse")).isEqualTo("Ludgeristraße 1");

            // An update needs the date it holds from: the message stands next to that field, the input stays.
            browser.waehlen("personendaten-art", "Aktualisierung");
            browser.eingeben("personendaten-nachname", "Browserrichtig");
            browser.eingeben("personendaten-grund", "Heirat");
            browser.absenden("formular-personendaten");
            browser.warte(t -> t.findElements(By.id("personendaten-gueltigAb-fehler")).size() > 0);
            assertThat(browser.text(By.id("personendaten-gueltigAb-fehler")))
                    .isEqualTo("Bei einer Aktualisierung ist anzugeben, ab wann die neuen Angaben gelten.");
            assertThat(wert(browser, "personendaten-nachname")).isEqualTo("Browserrichtig");
            browser.foto("personendaten-01-feldfehler");

            // A wrong name is corrected.
            browser.waehlen("personendaten-art", "Berichtigung");
            browser.eingeben("personendaten-grund", "Personalausweis vorgelegt: Name falsch geschrieben");
            browser.absenden("formular-personendaten");
            browser.warte(t -> t.getPageSource().contains("Die Personendaten sind berichtigt."));
            assertThat(browser.text(By.cssSelector("h1"))).contains("Browserrichtig, Anna");
            // The Verlauf is a view of its own and may follow a moment later.
            browser.warteAufText("Personendaten berichtigt: Nachname „Browserfalsch“ → „Browserrichtig“");
            assertThat(browser.text(By.id("verlauf"))).contains("Personendaten berichtigt: Nachname „Browserfalsch“ → „Browserrichtig“",
                    "Personalausweis vorgelegt: Name falsch geschrieben", "fm.mueller", "Art. 16 DSGVO");
            browser.foto("personendaten-02-berichtigt");

            // Sending the same data again changes nothing and says so.
            browser.aufklappen("formular-personendaten");
            browser.waehlen("personendaten-art", "Berichtigung");
            browser.eingeben("personendaten-grund", "nochmal");
            browser.absenden("formular-personendaten");
            browser.warte(t -> t.getPageSource().contains("es gibt nichts zu ändern"));

            browser.oeffnen("/arbeitskorb");
            browser.warteAufText("Browserrichtig");
            assertThat(browser.text()).doesNotContain("Browserfalsch");
        }
    }

    private static String wert(Browser browser, String id) {
        return browser.warte(t -> t.findElement(By.id(id)).getAttribute("value"));
    }
}
