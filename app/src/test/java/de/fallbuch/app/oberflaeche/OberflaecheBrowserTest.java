package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.HilfevereinbarungTestdaten;
import de.fallbuch.app.IntegrationTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker's day, a second pair of eyes and a legal review, in a real headless Chromium against
 * the running service: every page is photographed under target/screenshots.
 */
class OberflaecheBrowserTest extends IntegrationTest {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    private int port;

    @Test
    void fallmanagerinBewilligtUeberDerGrenzeSachgebietsleitungGibtFreiRechtspruefungSiehtVerlaufUndStandAm() throws Exception {
        try (Browser browser = new Browser(port)) {
            // Login page of our own, in German.
            browser.oeffnen("/login");
            assertThat(browser.text()).contains("Anmelden", "Benutzername", "Passwort");
            browser.foto("01-anmeldung");

            // The caseworker lands on the Arbeitskorb; the header says who and in which role.
            browser.anmelden("fm.mueller");
            assertThat(browser.adresse()).endsWith("/arbeitskorb");
            assertThat(browser.text(By.id("angemeldet"))).contains("fm.mueller", "Fallmanager/in", "Innenstadt");
            browser.foto("02-arbeitskorb");

            // Opens a Fall.
            browser.klicken(By.linkText("Fall eröffnen"));
            browser.eingeben("eroeffnen-vorname", "Erika");
            browser.eingeben("eroeffnen-nachname", "Browsertest");
            browser.eingeben("eroeffnen-geburtsdatum", "12.03.1971");
            browser.eingeben("eroeffnen-strasse", "Prinzipalmarkt 1");
            browser.eingeben("eroeffnen-plz", "48143");
            browser.eingeben("eroeffnen-ort", "Münster");
            browser.eingeben("eroeffnen-anliegen", "Miete kann nicht mehr bezahlt werden.");
            browser.foto("03-fall-eroeffnen");
            browser.absenden("formular-eroeffnen");
            browser.warte(t -> t.getCurrentUrl().matches(".*/faelle/[0-9a-f-]{36}$"));
            String fallSeite = browser.adresse().substring(browser.adresse().indexOf("/faelle/"));
            String aktenzeichen = browser.text(By.cssSelector("h1 span"));
            assertThat(browser.text()).contains("ist eröffnet", "Browsertest, Erika", "12.03.1971", "noch nicht dokumentiert");
            Instant vorDerErstberatung = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            Thread.sleep(2_100);

            // A field the service refuses is explained next to that field, and what was typed stays.
            browser.eingeben("erstberatung-anliegen", "Mietrückstand, drohende Kündigung");
            browser.absenden("formular-erstberatung");
            browser.warte(t -> t.findElements(By.cssSelector("#formular-erstberatung .feldfehler")).size() > 0);
            assertThat(browser.text(By.id("erstberatung-ersteSchritte-fehler"))).isEqualTo("⚠ Die vereinbarten ersten Schritte fehlen.".substring(2));
            assertThat(browser.quelltext()).contains("Mietrückstand, drohende Kündigung");
            browser.foto("04-erstberatung-feldfehler");

            // Records the Erstberatung.
            browser.eingeben("erstberatung-ersteSchritte", "Antrag auf Hilfe zum Lebensunterhalt, Kontakt Vermieter");
            browser.absenden("formular-erstberatung");
            browser.warte(t -> t.findElement(By.id("erstberatung-am")).getText().matches("\\d\\d\\.\\d\\d\\.\\d{4}"));
            assertThat(browser.text()).contains("Die Erstberatung ist dokumentiert.");
            browser.foto("05-erstberatung");

            // Registers an Antrag.
            browser.aufklappen("formular-antrag");
            browser.waehlen("antrag-leistungsart", "Hilfe zum Lebensunterhalt");
            browser.waehlen("antrag-kanal", "schriftlich");
            browser.absenden("formular-antrag");
            browser.warte(t -> t.getPageSource().contains("Der Antrag ist erfasst."));
            String antragId = browser.warte(t -> t.findElement(By.cssSelector("article.antrag")).getAttribute("id")).substring("antrag-".length());
            assertThat(browser.text()).contains("Hilfe zum Lebensunterhalt", "in Bearbeitung");

            // Grants it above 1.000 €: it waits for the Sachgebietsleitung.
            browser.aufklappen("formular-bewilligung-" + antragId);
            String bewilligung = "bewilligung-" + antragId;
            browser.eingeben(bewilligung + "-betragMonatlich", "1.250,00");
            browser.eingeben(bewilligung + "-bewilligungBis", LocalDateTime.now().plusMonths(6).format(DATUM));
            browser.eingeben(bewilligung + "-begruendung", "Bedarf nach Regelsatz und Kosten der Unterkunft, kein einzusetzendes Einkommen.");
            browser.foto("06-bewilligung-formular");
            browser.absenden("formular-bewilligung-" + antragId);
            browser.warte(t -> t.getPageSource().contains("Die Bewilligung ist erfasst."));
            assertThat(browser.text()).contains("1.250,00 € monatlich", "Freigabe ausstehend", "ausstehend (Vier-Augen-Prinzip: Sachgebietsleitung)");
            browser.foto("07-bewilligung-freigabe-ausstehend");

            // Someone else changes the Fall meanwhile: the page is stale and says so, by whom.
            browser.aufklappen("formular-wiedervorlage");
            String fallId = fallSeite.substring("/faelle/".length());
            long version = als("sgl.schmidt").get("/api/faelle/" + fallId).erwarte(200).version();
            als("sgl.schmidt").post("/api/faelle/" + fallId + "/beratungen", Map.of("version", version,
                    "thema", "Rückfrage Vermieter", "inhalt", "Telefonat mit dem Vermieter.")).erwarte(200);
            browser.eingeben("wiedervorlage-faelligAm", LocalDateTime.now().plusDays(14).format(DATUM));
            browser.eingeben("wiedervorlage-anlass", "Mietbescheinigung prüfen");
            browser.absenden("formular-wiedervorlage");
            browser.warte(t -> t.getPageSource().contains("bitte neu laden"));
            assertThat(browser.text()).contains("Der Fall wurde inzwischen von sgl.schmidt geändert – bitte neu laden",
                    "Seite neu laden");
            assertThat(browser.quelltext()).contains("Mietbescheinigung prüfen");
            browser.foto("08-konflikt-veraltete-seite");

            // An agreement in force shows its goals and measures with their steps.
            String hilfevereinbarungId = HilfevereinbarungTestdaten.inKraftSetzen(als("fm.mueller"), fallId);
            browser.oeffnen(fallSeite);
            browser.warteAufText("Überprüfung dokumentieren");
            browser.klicken(By.cssSelector("#hilfevereinbarung-" + hilfevereinbarungId + " form[id^=formular-massnahme-] button"));
            browser.warte(t -> t.getPageSource().contains("Der Stand der Maßnahme ist erfasst."));
            browser.foto("09-hilfevereinbarung");

            // Reloaded, the same entry goes through and shows up in the Arbeitskorb. (The clock is not moved here to
            // show it overdue: the deadline scheduler shares the clock with the other tests of this context.)
            browser.oeffnen(fallSeite);
            browser.aufklappen("formular-wiedervorlage");
            browser.eingeben("wiedervorlage-faelligAm", LocalDateTime.now().plusDays(14).format(DATUM));
            browser.eingeben("wiedervorlage-anlass", "Mietbescheinigung prüfen");
            browser.absenden("formular-wiedervorlage");
            browser.warte(t -> t.getPageSource().contains("Die Wiedervorlage ist gesetzt."));
            browser.oeffnen("/arbeitskorb");
            browser.warteAufText("Mietbescheinigung prüfen");
            assertThat(browser.text(By.id("fristen"))).contains("Wiedervorlage", aktenzeichen, "Browsertest");
            assertThat(browser.text(By.id("freigaben"))).contains(aktenzeichen, "1.250,00 €");
            browser.foto("10-arbeitskorb");
            browser.abmelden();

            // The Sachgebietsleitung finds the Fall and approves the grant.
            browser.anmelden("sgl.schmidt");
            assertThat(browser.text(By.id("angemeldet"))).contains("sgl.schmidt", "Sachgebietsleitung");
            browser.warteAufText("Bewilligungen zur Freigabe");
            assertThat(browser.text(By.id("freigaben"))).contains(aktenzeichen, "1.250,00 €", "fm.mueller");
            browser.foto("11-arbeitskorb-freigaben");
            // The search answers while typing (htmx from the WebJar), no button pressed.
            browser.klicken(By.linkText("Fall suchen"));
            browser.eingeben("suche", "Browsertest");
            browser.warte(t -> !t.findElements(By.linkText(aktenzeichen)).isEmpty());
            assertThat(browser.text(By.id("treffer"))).contains("Browsertest, Erika", "offen", "Innenstadt");
            browser.foto("12-suche");
            browser.klicken(By.linkText(aktenzeichen));
            browser.warte(t -> t.findElements(By.id("formular-freigabe-" + antragId)).size() > 0);
            browser.foto("13-freigabe");
            browser.absenden("formular-freigabe-" + antragId);
            browser.warte(t -> t.getPageSource().contains("Die Bewilligung ist freigegeben."));
            assertThat(browser.text()).contains("freigegeben am", "von sgl.schmidt");
            browser.foto("14-freigegeben");
            browser.abmelden();

            // The legal reviewer reads the Verlauf, changes nothing, and looks at the file as it was.
            browser.anmelden("rp.weber");
            assertThat(browser.text(By.id("angemeldet"))).contains("rp.weber", "Rechtsprüfung");
            browser.oeffnen(fallSeite);
            browser.warteAufText("Rückfrage Vermieter");
            assertThat(browser.quelltext()).doesNotContain("formular-erstberatung", "formular-antrag", "formular-wiedervorlage");
            assertThat(browser.text()).contains("Entscheidungshistorie", "wirksam", "freigegeben von sgl.schmidt",
                    "1.250,00 € monatlich");
            browser.foto("15-rechtspruefung-fall");
            browser.klicken(By.linkText("Verlauf drucken"));
            browser.warte(t -> t.findElements(By.id("verlaufstabelle")).size() > 0);
            assertThat(browser.text()).contains("Verlauf der Fallakte " + aktenzeichen, "fm.mueller", "sgl.schmidt");
            assertThat(browser.text(By.id("siegel"))).containsIgnoringCase("versiegelt");
            browser.foto("16-verlauf");
            browser.fotoAlsDruck("17-verlauf-druck");

            browser.oeffnen(fallSeite);
            browser.setzeWert("stand", vorDerErstberatung.atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime()
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
            browser.klicken(By.cssSelector("#stand-am button[type=submit]"));
            browser.warte(t -> t.findElements(By.id("stand-hinweis")).size() > 0);
            assertThat(browser.text(By.id("erstberatung-am"))).isEqualTo("noch nicht dokumentiert");
            assertThat(browser.text()).contains("Stand am", "eröffnet").doesNotContain("Bewilligung");
            browser.foto("18-stand-am");
            // ... and checks the seal over the ledger (issue 13)
            browser.klicken(By.linkText("Tagessiegel"));
            browser.warteAufText("Tagessiegel des Ereignisspeichers");
            browser.klicken(By.cssSelector("form[action$='/tagessiegel/pruefung'] button[type=submit]"));
            browser.warte(t -> t.findElements(By.id("ergebnis")).size() > 0);
            assertThat(browser.text(By.id("ergebnis"))).contains("Unversehrt.");
            assertThat(browser.text(By.id("letzte-pruefung"))).contains("rp.weber", "unversehrt");
            browser.foto("18b-tagessiegel");
            browser.abmelden();

            // The auditor sees no personal data: no Fall, and on the Kennzahlen page figures without names.
            browser.anmelden("rev.koch");
            assertThat(browser.adresse()).endsWith("/kennzahlen");
            assertThat(browser.text(By.id("angemeldet"))).contains("rev.koch", "Revision");
            assertThat(browser.text()).contains("Leistungsbeziehende", "Gesamt").doesNotContain("Browsertest", "Erika");
            browser.foto("19-kennzahlen");
            browser.oeffnen(fallSeite);
            assertThat(browser.text()).contains("Kein Zugriff").doesNotContain("Browsertest", "Erika");
            browser.oeffnen("/faelle?suche=Browsertest");
            assertThat(browser.text()).contains("Kein Zugriff").doesNotContain("Erika");
            browser.foto("20-revision-kein-zugriff");
        }
    }
}
