package de.fallbuch.app.web;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The REST door reads strictly and the declared limits answer with 400 naming the field: nothing is truncated,
 * converted or guessed, nothing refused is stored, and no malformed value ends in a 500.
 */
class StrengesJsonTest extends IntegrationTest {

    private static final String PERSON = """
            {"vorname": "Anna", "nachname": %s, "geburtsdatum": %s}""";

    @Autowired
    private JdbcClient jdbc;
    private Api mueller;
    private long ereignisseVorher;

    @BeforeEach
    void vorbereiten() {
        mueller = als("fm.mueller");
    }

    @Test
    void centBetraegeSindGanzeZahlen() {
        String antrag = neuerAntrag();
        Antwort antwort = bewilligen(antrag, "12.5").erwarte(400);
        assertThat(feld(antwort)).isEqualTo("betragMonatlichCent");
        assertThat(antwort.feld("detail")).isEqualTo("Der Wert „12.5“ ist für das Feld „betragMonatlichCent“ ungültig (erwartet: eine ganze Zahl).");
        assertThat(feld(bewilligen(antrag, "\"1250\"").erwarte(400))).isEqualTo("betragMonatlichCent");
        assertThat(feld(bewilligen(antrag, "12.0").erwarte(400))).isEqualTo("betragMonatlichCent");
        keinNeuesEreignis();
    }

    @Test
    void betraegeJenseitsDerGrenzeOderDesZahlbereichsWerdenAbgelehnt() {
        String antrag = neuerAntrag();
        Antwort zuHoch = bewilligen(antrag, "9223372036854775807").erwarte(400);
        assertThat(feld(zuHoch)).isEqualTo("betragMonatlichCent");
        assertThat(zuHoch.feld("detail")).isEqualTo("Der monatliche Betrag darf höchstens 100.000,00 € betragen.");
        assertThat(feld(bewilligen(antrag, "10000001").erwarte(400))).isEqualTo("betragMonatlichCent");
        Antwort ausserhalb = bewilligen(antrag, "99999999999999999999").erwarte(400);
        assertThat(ausserhalb.feld("detail")).isEqualTo("Die Zahl im Feld „betragMonatlichCent“ liegt außerhalb des zulässigen Bereichs.");
        keinNeuesEreignis();
        bewilligen(antrag, "10000000").erwarte(201);
    }

    @Test
    void eineVersionIstEineGanzeZahl() {
        String fallId = fallEroeffnen(mueller, "Version", "Innenstadt");
        ereignisseVorher = ereignisse();
        Antwort antwort = mueller.post("/api/faelle/" + fallId + "/erstberatung",
                "{\"version\": 1.5, \"anliegen\": \"Miete\", \"ersteSchritte\": \"Unterlagen\"}").erwarte(400);
        assertThat(feld(antwort)).isEqualTo("version");
        keinNeuesEreignis();
    }

    @Test
    void einDatumIstNurJjjjMmTt() {
        ereignisseVorher = ereignisse();
        Antwort mitZeit = eroeffnen(PERSON.formatted("\"Zeitstempel\"", "\"1971-04-12T00:00:00Z\"")).erwarte(400);
        assertThat(feld(mitZeit)).isEqualTo("person.geburtsdatum");
        assertThat(mitZeit.feld("detail")).contains("(erwartet: JJJJ-MM-TT)");
        assertThat(feld(eroeffnen(PERSON.formatted("\"Unmoeglich\"", "\"1987-02-31\"")).erwarte(400))).isEqualTo("person.geburtsdatum");
        assertThat(eroeffnen(PERSON.formatted("\"Uralt\"", "\"0001-01-01\"")).erwarte(400).feld("detail"))
                .isEqualTo("Das Geburtsdatum 01.01.0001 ist nicht plausibel: es liegt vor dem 01.01.1900.");
        keinNeuesEreignis();
    }

    @Test
    void einNullByteOderEinZuLangerNameWirdAbgelehntUndNichtsGespeichert() {
        ereignisseVorher = ereignisse();
        Antwort nul = eroeffnen(PERSON.formatted("\"Schnei\\u0000der\"", "\"1980-05-01\"")).erwarte(400);
        assertThat(feld(nul)).isEqualTo("person.nachname");
        assertThat(nul.feld("detail")).isEqualTo("Das Feld „person.nachname“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+0000).");
        assertThat(feld(eroeffnen(PERSON.formatted("\"" + "S".repeat(201) + "\"", "\"1980-05-01\"")).erwarte(400)))
                .isEqualTo("person.nachname");
        keinNeuesEreignis();
    }

    @Test
    void leereListeneintraegeSindEin400KeinInternerFehler() {
        String antrag = neuerAntrag();
        Antwort unterlagen = mueller.post("/api/antraege/" + antrag + "/unterlagen-anforderung",
                "{\"version\": 0, \"unterlagen\": [null], \"frist\": \"" + uhr.heute().plusDays(14) + "\"}").erwarte(400);
        assertThat(feld(unterlagen)).isEqualTo("unterlagen[0]");
        assertThat(unterlagen.feld("detail")).isEqualTo("Die Liste „unterlagen“ enthält einen leeren Eintrag (null).");

        String fallId = fallEroeffnen(mueller, "Hemmnisse", "Innenstadt");
        Antwort hemmnisse = mueller.post("/api/faelle/" + fallId + "/einzelfallanalyse",
                "{\"version\": 0, \"hemmnisse\": [null], \"ressourcen\": \"Ausbildung\", \"erwerbsfaehigkeit\": \"ERWERBSFAEHIG\"}")
                .erwarte(400);
        assertThat(feld(hemmnisse)).isEqualTo("hemmnisse[0]");
    }

    @Test
    void einBewilligungszeitraumBis9999IstNichtPlausibel() {
        String antrag = neuerAntrag();
        Antwort antwort = mueller.post("/api/antraege/" + antrag + "/bewilligung", "{\"version\": 0, \"betragMonatlichCent\": 50000, "
                + "\"bewilligungBis\": \"9999-12-31\", \"rechtsgrundlage\": \"§ 27a SGB XII\", \"begruendung\": \"Bedarf\"}").erwarte(400);
        assertThat(feld(antwort)).isEqualTo("bewilligungBis");
        keinNeuesEreignis();
    }

    private String neuerAntrag() {
        String fallId = fallEroeffnen(mueller, "Streng", "Innenstadt");
        String antrag = antragStellen(mueller, fallId, uhr.heute());
        ereignisseVorher = ereignisse();
        return antrag;
    }

    private Antwort bewilligen(String antrag, String betrag) {
        return mueller.post("/api/antraege/" + antrag + "/bewilligung", "{\"version\": 0, \"betragMonatlichCent\": " + betrag
                + ", \"rechtsgrundlage\": \"§ 27a SGB XII\", \"begruendung\": \"Bedarf nachgewiesen\"}");
    }

    private Antwort eroeffnen(String person) {
        return mueller.post("/api/faelle", "{\"person\": " + person + ", \"dienststelle\": \"Innenstadt\", \"anliegen\": \"Miete\"}");
    }

    private static String feld(Antwort antwort) {
        return antwort.json().path("fehler").path(0).path("feld").asText(null);
    }

    private long ereignisse() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private void keinNeuesEreignis() {
        assertThat(ereignisse()).as("nichts gespeichert").isEqualTo(ereignisseVorher);
    }
}
