package de.fallbuch.query.bevoelkerung;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Population figures from the office's CSV: validated as a whole, loaded all or nothing. */
class BevoelkerungTest extends IntegrationTest {

    @Test
    void dieBeispieldateiWirdGeladenUndEineFehlerhafteDateiAendertNichts() throws IOException {
        Api admin = als("admin");
        String beispiel;
        try (InputStream datei = getClass().getResourceAsStream("/bevoelkerung/beispiel-bevoelkerung.csv")) {
            beispiel = new String(datei.readAllBytes(), StandardCharsets.UTF_8);
        }

        Antwort geladen = admin.put("/api/bevoelkerung", "text/csv", beispiel).erwarte(200);
        assertThat(geladen.json().path("zeilen").asInt()).isEqualTo(12);
        assertThat(geladen.json().path("jahre").toString()).isEqualTo("[2025,2026]");

        Antwort zahlen = als("rev.koch").get("/api/bevoelkerung?jahr=2026").erwarte(200);
        assertThat(zahlen.json().size()).isEqualTo(6);
        assertThat(zahlen.json().findValuesAsText("einwohner")).contains("18240");

        String kaputt = """
                jahr;dienststelle;altersgruppe;einwohner
                2026;Innenstadt;UNTER_18;99999
                2026;Innenstadt;SENIOREN;100
                20x6;Hiltrup;AB_65;10.110
                2026;Innenstadt;UNTER_18;5
                """;
        Antwort abgelehnt = admin.put("/api/bevoelkerung", "text/csv", kaputt).erwarte(400);
        assertThat(abgelehnt.feld("code")).isEqualTo("UNGUELTIGE_DATEI");
        assertThat(abgelehnt.json().path("fehler").findValuesAsText("meldung")).containsExactly(
                "Zeile 3: Unbekannte Altersgruppe „SENIOREN“ (zulässig: UNTER_18, VON_18_BIS_UNTER_65, AB_65).",
                "Zeile 4: „20x6“ ist kein Jahr zwischen 1900 und 2100.",
                "Zeile 4: „10.110“ ist keine Einwohnerzahl (ganze Zahl ohne Tausenderpunkt).",
                "Zeile 5: 2026, Innenstadt, 0 bis unter 18 Jahre steht doppelt in der Datei.");
        assertThat(als("rev.koch").get("/api/bevoelkerung?jahr=2026").erwarte(200).json().findValuesAsText("einwohner"))
                .as("nichts halb geladen").doesNotContain("99999").contains("15510");

        assertThat(admin.put("/api/bevoelkerung", "text/csv", "Jahr,Gebiet,Einwohner\n2026,Mitte,5\n").erwarte(400).feld("detail"))
                .contains("Zeile 1: Die Kopfzeile muss „jahr;dienststelle;altersgruppe;einwohner“ lauten.");
        als("fm.mueller").put("/api/bevoelkerung", "text/csv", beispiel).erwarte(403);
        als("fm.mueller").get("/api/bevoelkerung").erwarte(403);
    }

    @Test
    void dieDateiWirdAlsCsvGelesenMitAnfuehrungszeichenUndEinKaputtesZitatAendertNichts() {
        Api admin = als("admin");
        String mitZitat = "jahr;dienststelle;altersgruppe;einwohner\r\n2099;\"Nord; West\";UNTER_18;12\r\n";
        Antwort geladen = admin.put("/api/bevoelkerung", "text/csv", mitZitat).erwarte(200);
        assertThat(geladen.json().path("zeilen").asInt()).isEqualTo(1);
        assertThat(als("rev.koch").get("/api/bevoelkerung?jahr=2099").erwarte(200).json().findValuesAsText("dienststelle"))
                .containsExactly("Nord; West");

        Antwort kaputt = admin.put("/api/bevoelkerung", "text/csv",
                "jahr;dienststelle;altersgruppe;einwohner\n2099;\"Sued;AB_65;5\n").erwarte(400);
        assertThat(kaputt.feld("code")).isEqualTo("UNGUELTIGE_DATEI");
        assertThat(kaputt.feld("detail")).startsWith("Die Datei wurde nicht geladen, es wurde nichts geändert")
                .contains("keine gültige CSV-Datei");
        assertThat(als("rev.koch").get("/api/bevoelkerung?jahr=2099").erwarte(200).json().findValuesAsText("dienststelle"))
                .containsExactly("Nord; West");
    }
}
