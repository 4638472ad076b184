package de.fallbuch.app.oberflaeche;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Kleinstellen;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor's page in a real headless Chromium: the figures as German tables and bars. In a
 * Dienststelle of its own ({@link Kleinstellen#OBERFLAECHE}) the test knows every person: one
 * recipient is withheld ("•", explained on the page), three are shown, and after a caseworker grants
 * Hilfe zum Lebensunterhalt through the API there is one recipient more – without a name of the
 * person anywhere on the page. The clock is not moved: the page shows today's Stichtag like the grant.
 */
class KennzahlenBrowserTest extends IntegrationTest {

    private static final String HLU =
            "table.leistungsarten tr[data-dienststelle='Gesamt'][data-leistungsart='HILFE_ZUM_LEBENSUNTERHALT'] td.empfaenger";

    @LocalServerPort
    private int port;

    @Test
    void revisionSiehtDieKennzahlenUndNachEinerBewilligungEinenLeistungsbeziehendenMehr() throws Exception {
        bevoelkerungLaden();
        Api fallmanager = als(Kleinstellen.FALLMANAGER);
        Api revision = als("rev.koch");
        String api = "/api/kennzahlen?dienststelle=" + Kleinstellen.OBERFLAECHE;
        String seite = "/kennzahlen?dienststelle=" + Kleinstellen.OBERFLAECHE;
        // One person receives HLU: the page must not show their figures.
        bewilligen(fallmanager, fallEroeffnen(fallmanager, "Vorbezug", Kleinstellen.OBERFLAECHE), 40_000);
        revision.warteAuf(api, a -> a.json().path("gesamt").path("unterdrueckt").size() > 0);

        try (Browser browser = new Browser(port)) {
            browser.anmelden("rev.koch");
            assertThat(browser.adresse()).endsWith("/kennzahlen");
            assertThat(browser.text(By.cssSelector("nav"))).contains("Kennzahlen");
            assertThat(browser.text()).contains("Kennzahlen", "Stichtag", "Zeitraum von", "Dienststelle", "Als CSV herunterladen",
                    "Anteile der Leistungsbeziehenden nach Leistungsart", "Monatliche Zahlungen nach Leistungsart",
                    "Dichte je 1.000 Einwohner", "Bearbeitungszeiten", "Hilfe zum Lebensunterhalt", "Gesamt");
            assertThat(browser.text()).doesNotContain("Noch keine Zahlen verfügbar");

            browser.oeffnen(seite);
            assertThat(browser.text(By.cssSelector(HLU))).isEqualTo("•");
            assertThat(browser.text(By.id("kennzahlen-geheimhaltung"))).contains("Zeichenerklärung", "• = geheim gehalten",
                    "weniger als 3 Personen");
            assertThat(browser.text()).doesNotContain("400,00 €").contains("• (geheim gehalten)");
            browser.foto("kennzahlen-01-geheim");

            // Two more: three persons are a group large enough to be shown.
            bewilligen(fallmanager, fallEroeffnen(fallmanager, "Zweitbezug", Kleinstellen.OBERFLAECHE), 40_000);
            bewilligen(fallmanager, fallEroeffnen(fallmanager, "Drittbezug", Kleinstellen.OBERFLAECHE), 40_000);
            revision.warteAuf(api, a -> empfaengerHlu(a) == 3);
            browser.oeffnen(seite);
            int vorher = zahl(browser.text(By.cssSelector(HLU)));
            assertThat(vorher).isEqualTo(3);
            // German formats: amounts with euro sign and comma, shares with comma and percent.
            assertThat(browser.text()).contains("1.200,00 €", "100,00 %").containsPattern("\\d,\\d\\d €").containsPattern("\\d,\\d\\d %");
            browser.foto("kennzahlen-02-vorher");

            String fallId = fallEroeffnen(fallmanager, "Kennzahlenprobe", Kleinstellen.OBERFLAECHE);
            bewilligen(fallmanager, fallId, 56_300);
            // The figures are a projection: wait until the service counts the new recipient, then reload the page.
            revision.warteAuf(api, a -> empfaengerHlu(a) == vorher + 1);

            browser.oeffnen(seite);
            assertThat(zahl(browser.text(By.cssSelector(HLU)))).isEqualTo(vorher + 1);
            assertThat(browser.quelltext()).doesNotContain("Kennzahlenprobe", "Vorbezug", "Anna", "Ludgeristraße", "1980");
            browser.foto("kennzahlen-03-nachher");

            // The filter: a period ending before it starts is explained next to the field, not as an error page.
            browser.oeffnen("/kennzahlen?von=31.12.2026&bis=01.01.2026");
            assertThat(browser.text(By.id("kennzahlen-von-fehler"))).contains("Der Zeitraum beginnt nach seinem Ende");
            browser.oeffnen("/kennzahlen?stichtag=morgen");
            assertThat(browser.text(By.id("kennzahlen-stichtag-fehler"))).contains("TT.MM.JJJJ");
            browser.foto("kennzahlen-04-feldfehler");
            browser.abmelden();

            // The Sachgebietsleitung sees its own Dienststellen only; another one is refused at the field.
            browser.anmelden("sgl.schmidt");
            browser.klicken(By.linkText("Kennzahlen"));
            assertThat(browser.text()).contains("Innenstadt", "Gesamt");
            browser.oeffnen("/kennzahlen?dienststelle=Kinderhaus");
            assertThat(browser.text(By.id("kennzahlen-dienststelle-fehler"))).contains("gehört nicht zu Ihren Dienststellen");
            browser.abmelden();

            // A caseworker sees no figures.
            browser.anmelden("fm.mueller");
            assertThat(browser.text(By.cssSelector("nav"))).doesNotContain("Kennzahlen");
            browser.oeffnen("/kennzahlen");
            assertThat(browser.text()).contains("Kein Zugriff");
        }
    }

    @Test
    void derCsvDownloadDerOberflaecheIstDasDeutscheCsvDerApi() {
        Api revision = als("rev.koch");
        Api.Antwort oberflaeche = revision.get("/kennzahlen/kennzahlen.csv?stichtag=2026-06-30&dienststelle=Innenstadt");
        Api.Antwort api = revision.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?stichtag=2026-06-30&dienststelle=Innenstadt&format=de");
        assertThat(oberflaeche.status()).isEqualTo(200);
        assertThat(oberflaeche.kopf().firstValue("Content-Disposition").orElse("")).contains("kennzahlen-2026-06-30.csv");
        assertThat(oberflaeche.text()).isEqualTo(api.text()).contains("\"stichtag\";\"von\";\"bis\";\"dienststelle\";\"kennzahl\"");
        assertThat(als("fm.mueller").get("/kennzahlen/kennzahlen.csv").status()).isEqualTo(403);
    }

    private void bevoelkerungLaden() throws Exception {
        try (InputStream datei = getClass().getResourceAsStream("/bevoelkerung/beispiel-bevoelkerung.csv")) {
            als("admin").put("/api/bevoelkerung", "text/csv", new String(datei.readAllBytes(), StandardCharsets.UTF_8)).erwarte(200);
        }
    }

    /** Registers an Antrag for Hilfe zum Lebensunterhalt and grants it below the approval limit. */
    private void bewilligen(Api fallmanager, String fallId, long cent) {
        String antrag = fallmanager.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", uhr.heute()))
                .erwarte(201).feld("antragId");
        fallmanager.post("/api/antraege/" + antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", cent,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
    }

    private static int empfaengerHlu(Api.Antwort antwort) {
        for (var la : antwort.json().path("gesamt").path("leistungsarten")) {
            if (la.path("leistungsart").asText().equals("HILFE_ZUM_LEBENSUNTERHALT")) {
                return la.path("empfaenger").asInt();
            }
        }
        return -1;
    }

    private static int zahl(String text) {
        return Integer.parseInt(text.replace(".", "").strip());
    }
}
