package de.fallbuch.query.datenschutz;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, item 4: every read that shows personal data is in the access log, lists with one row per
 * Fall shown, refusals of every kind too, and never a name or a search term; a read whose row cannot be
 * written shows nothing (503). Only the data protection officer reads the log, by Fall, user and period,
 * and sees no Fall.
 */
class AkteneinsichtsprotokollTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;

    @Test
    void jederZugriffswegHinterlaesstZeilenImProtokoll() {
        Api mueller = als("fm.mueller");
        String name = "Protokollnamexq" + UUID.randomUUID().toString().substring(0, 6);
        String fallId = fallEroeffnen(mueller, name, "Innenstadt");
        String fall = "/api/faelle/" + fallId;
        String antragId = antragStellen(mueller, fallId, uhr.heute());
        String vereinbarungId = inKraftSetzen(mueller, fallId);
        mueller.warteAuf(fall, a -> a.status() == 200);
        mueller.warteAuf("/api/antraege/" + antragId, a -> a.status() == 200);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.status() == 200 && a.version() == 3);

        // granted reads: each leaves a row for this Fall (lists: one per Fall shown)
        assertThat(lesen("fm.mueller", "/api/faelle")).contains(tuple(fallId, "FALLLISTE", true));
        assertThat(lesen("fm.mueller", "/api/arbeitskorb")).contains(tuple(fallId, "ARBEITSKORB", true));
        assertThat(lesen("fm.mueller", "/arbeitskorb")).contains(tuple(fallId, "ARBEITSKORB", true));
        assertThat(lesen("fm.mueller", "/faelle?suche=" + name)).containsExactly(tuple(fallId, "SUCHE", true));
        assertThat(lesen("fm.mueller", fall)).containsExactly(tuple(fallId, "FALL", true));
        assertThat(lesen("fm.mueller", fall + "?stand=" + Instant.now())).containsExactly(tuple(fallId, "FALL_STAND_AM", true));
        assertThat(lesen("fm.mueller", "/faelle/" + fallId)).containsExactly(tuple(fallId, "FALL", true));
        assertThat(lesen("fm.mueller", fall + "/verlauf")).containsExactly(tuple(fallId, "VERLAUF", true));
        assertThat(lesen("fm.mueller", "/faelle/" + fallId + "/verlauf")).containsExactly(tuple(fallId, "VERLAUF", true));
        assertThat(lesen("fm.mueller", fall + "/hilfevereinbarungen")).containsExactly(tuple(fallId, "HILFEVEREINBARUNGEN", true));
        assertThat(lesen("fm.mueller", "/api/antraege/" + antragId)).containsExactly(tuple(fallId, "ANTRAG", true));
        assertThat(lesen("fm.mueller", "/api/antraege/" + antragId + "/entscheidungen")).containsExactly(tuple(fallId, "ANTRAG", true));
        assertThat(lesen("fm.mueller", "/api/hilfevereinbarungen/" + vereinbarungId)).containsExactly(tuple(fallId, "HILFEVEREINBARUNG", true));
        assertThat(lesen("fm.mueller", "/api/hilfevereinbarungen/" + vereinbarungId + "?version=1"))
                .containsExactly(tuple(fallId, "HILFEVEREINBARUNG", true));
        assertThat(lesen("rp.weber", "/api/faelle?dienststelle=Innenstadt")).contains(tuple(fallId, "FALLLISTE", true));
        // a list is logged as a whole: exactly one row per Fall it returned, in one batch
        String korrelation = "liste-" + UUID.randomUUID();
        JsonNode liste = mueller.mitKopfzeile("X-Correlation-Id", korrelation).get("/api/faelle").erwarte(200).json();
        assertThat(zeilen(korrelation)).hasSize(liste.size());
        // a search that finds nothing and an empty Arbeitskorb are on record too, without a Fall
        assertThat(lesen("fm.mueller", "/faelle?suche=gibtesnichtxq")).containsExactly(tuple(null, "SUCHE", true));

        // refused reads of every kind: the Fall is named where there is one
        assertThat(lesen("fm.yilmaz", fall)).containsExactly(tuple(fallId, "FALL", false));
        assertThat(lesen("fm.yilmaz", "/faelle/" + fallId)).containsExactly(tuple(fallId, "FALL", false));
        assertThat(lesen("fm.yilmaz", fall + "/verlauf")).containsExactly(tuple(fallId, "VERLAUF", false));
        assertThat(lesen("fm.yilmaz", fall + "/hilfevereinbarungen")).containsExactly(tuple(fallId, "HILFEVEREINBARUNGEN", false));
        assertThat(lesen("fm.yilmaz", "/api/antraege/" + antragId)).containsExactly(tuple(fallId, "ANTRAG", false));
        assertThat(lesen("fm.yilmaz", "/api/hilfevereinbarungen/" + vereinbarungId)).containsExactly(tuple(fallId, "HILFEVEREINBARUNG", false));
        assertThat(lesen("fm.yilmaz", fall + "/auskunft")).containsExactly(tuple(fallId, "AUSKUNFT", false));
        assertThat(lesen("fm.yilmaz", "/api/faelle?dienststelle=Innenstadt")).containsExactly(tuple(null, "FALLLISTE", false));
        assertThat(lesen("fm.yilmaz", "/api/arbeitskorb?dienststelle=Innenstadt")).containsExactly(tuple(null, "ARBEITSKORB", false));
        assertThat(lesen("rev.koch", fall)).containsExactly(tuple(fallId, "FALL", false));
        assertThat(lesen("rev.koch", "/api/faelle")).containsExactly(tuple(null, "FALLLISTE", false));
        assertThat(lesen("rev.koch", "/api/arbeitskorb")).containsExactly(tuple(null, "ARBEITSKORB", false));
        assertThat(lesen("rev.koch", "/faelle?suche=" + name)).containsExactly(tuple(null, "SUCHE", false));
        assertThat(lesen("rev.koch", fall + "/hilfevereinbarungen")).containsExactly(tuple(fallId, "HILFEVEREINBARUNGEN", false));
        assertThat(lesen("rev.koch", "/api/hilfevereinbarungen/" + vereinbarungId)).containsExactly(tuple(fallId, "HILFEVEREINBARUNG", false));

        // no clear personal data in the log: neither the name nor the search term
        assertThat(jdbc.sql("SELECT count(*) FROM akteneinsicht a WHERE a::text LIKE '%' || :name || '%'").param("name", name)
                .query(Long.class).single()).isZero();
    }

    @Test
    void nurDerDatenschutzLiestDasProtokollNachFallBenutzerUndZeitraum() {
        Api mueller = als("fm.mueller");
        Api datenschutz = als("ds.neumann");
        String fallId = fallEroeffnen(mueller, "Protokollabfrage", "Innenstadt");
        String aktenzeichen = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200).feld("aktenzeichen");
        als("fm.yilmaz").get("/api/faelle/" + fallId).erwarte(403);
        als("rp.weber").get("/api/faelle/" + fallId + "/verlauf").erwarte(200);
        LocalDate heute = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

        JsonNode nachAktenzeichen = datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + aktenzeichen).erwarte(200).json();
        assertThat(nachAktenzeichen.path("fallId").asText()).isEqualTo(fallId);
        assertThat(nachAktenzeichen.path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        List<JsonNode> eintraege = liste(nachAktenzeichen.path("eintraege"));
        assertThat(eintraege).extracting(e -> e.path("benutzer").asText(), e -> e.path("was").asText(), e -> e.path("gewaehrt").asBoolean())
                .as("neueste zuerst").startsWith(tuple("rp.weber", "VERLAUF", true), tuple("fm.yilmaz", "FALL", false))
                .contains(tuple("fm.mueller", "FALL", true));
        assertThat(eintraege).allSatisfy(e -> {
            assertThat(e.path("fallId").asText()).isEqualTo(fallId);
            assertThat(e.path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        });
        assertThat(eintraege.get(0).path("wasBezeichnung").asText()).isEqualTo("Verlauf");

        JsonNode nachBenutzer = datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + fallId + "&benutzer=fm.yilmaz&von=" + heute
                + "&bis=" + heute).erwarte(200).json();
        assertThat(liste(nachBenutzer.path("eintraege"))).extracting(e -> e.path("benutzer").asText(), e -> e.path("gewaehrt").asBoolean())
                .containsExactly(tuple("fm.yilmaz", false));
        assertThat(datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + fallId + "&bis=" + heute.minusDays(1)).erwarte(200)
                .json().path("eintraege")).isEmpty();
        assertThat(datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + fallId + "&von=" + heute.plusDays(1)).erwarte(200)
                .json().path("eintraege")).isEmpty();

        // pages: fixed size, "weitere" says whether there is a next one, no entry twice
        JsonNode erste = datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + fallId + "&groesse=2").erwarte(200).json();
        JsonNode zweite = datenschutz.get("/api/datenschutz/akteneinsicht?fall=" + fallId + "&groesse=2&seite=1").erwarte(200).json();
        assertThat(erste.path("eintraege")).hasSize(2);
        assertThat(erste.path("weitere").asBoolean()).isTrue();
        assertThat(liste(zweite.path("eintraege"))).extracting(e -> e.path("id").asLong())
                .doesNotContainAnyElementsOf(liste(erste.path("eintraege")).stream().map(e -> e.path("id").asLong()).toList());
        assertThat(datenschutz.get("/api/datenschutz/akteneinsicht").erwarte(200).json().path("eintraege").size()).isBetween(1, 50);

        // nobody else reads the log
        for (String benutzer : List.of("fm.mueller", "sgl.schmidt", "rp.weber", "rev.koch", "admin")) {
            als(benutzer).get("/api/datenschutz/akteneinsicht?fall=" + fallId).erwarte(403);
            als(benutzer).get("/datenschutz/akteneinsicht").erwarte(403);
        }
        anonym().get("/api/datenschutz/akteneinsicht").erwarte(401);
        assertThat(datenschutz.get("/datenschutz/akteneinsicht?fall=" + aktenzeichen).erwarte(200).text()).contains(aktenzeichen, "fm.yilmaz");
    }

    @Test
    void derDatenschutzSiehtKeinenFall() {
        Api mueller = als("fm.mueller");
        Api datenschutz = als("ds.neumann");
        String fallId = fallEroeffnen(mueller, "Datenschutzsicht", "Innenstadt");
        String antragId = antragStellen(mueller, fallId, uhr.heute());
        String vereinbarungId = inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        mueller.warteAuf("/api/antraege/" + antragId, a -> a.status() == 200);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.status() == 200);

        for (String pfad : List.of("/api/faelle", "/api/faelle/" + fallId, "/api/faelle/" + fallId + "?stand=" + Instant.now(),
                "/api/faelle/" + fallId + "/verlauf", "/api/faelle/" + fallId + "/hilfevereinbarungen", "/api/faelle/" + fallId + "/auskunft",
                "/api/antraege/" + antragId, "/api/antraege/" + antragId + "/entscheidungen", "/api/hilfevereinbarungen/" + vereinbarungId,
                "/api/arbeitskorb", "/api/kennzahlen", "/api/datenschutz/loeschvorschlaege", "/api/admin/projektionen",
                "/faelle?suche=Datenschutzsicht", "/faelle/" + fallId, "/faelle/" + fallId + "/verlauf", "/faelle/" + fallId + "/auskunft",
                "/arbeitskorb", "/kennzahlen")) {
            Api.Antwort antwort = datenschutz.get(pfad);
            assertThat(antwort.status()).as(pfad).isEqualTo(403);
            assertThat(antwort.text()).as(pfad).doesNotContain("Datenschutzsicht", "Ludgeristraße");
        }
        datenschutz.post("/api/faelle/" + fallId + "/beratungen", Map.of("version", 0, "thema", "x", "inhalt", "y")).erwarte(403);
        datenschutz.post("/api/faelle", de.fallbuch.app.Testdaten.neuerFall("Datenschutzfall", "Innenstadt")).erwarte(403);
    }

    @Test
    void feindlicheAbfrageparameterWerdenMit400Abgewiesen() {
        Api datenschutz = als("ds.neumann");
        List<String> feindlich = List.of(
                "fall=" + enc("' OR 1=1 --"), "fall=" + enc("x".repeat(201)), "fall=" + enc("50-2026-0000011"), "fall=%00",
                "benutzer=" + enc("fm.mueller\u0000"), "benutzer=" + enc("a\u001bb"), "benutzer=" + enc("x".repeat(201)),
                "von=2026-13-45", "von=gestern", "von=1999-12-31", "bis=2100-01-01", "von=2026-05-02&bis=2026-05-01",
                "groesse=0", "groesse=501", "groesse=-1", "groesse=1e3", "groesse=" + enc("1 0"), "groesse=99999999999",
                "seite=-1", "seite=10001", "seite=abc", "seite=1.5");
        for (String parameter : feindlich) {
            Api.Antwort antwort = datenschutz.get("/api/datenschutz/akteneinsicht?" + parameter);
            assertThat(antwort.status()).as(parameter + ": " + antwort.text()).isEqualTo(400);
            assertThat(antwort.kopf().firstValue("Content-Type")).as(parameter).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(antwort.feld("detail")).as(parameter).isNotBlank();
        }
        assertThat(datenschutz.get("/api/datenschutz/akteneinsicht?fall=50-1999-999999").erwarte(404).feld("code")).isEqualTo("FALL_UNBEKANNT");
        assertThat(datenschutz.get("/datenschutz/akteneinsicht?von=gestern").status()).isEqualTo(400);
    }

    @Test
    void einLesezugriffDerNichtProtokolliertWerdenKannZeigtNichts() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Ungeschriebenxq", "Innenstadt");
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        String gesperrt = "protokoll-gesperrt-" + UUID.randomUUID();
        // Only rows of this one correlation id are refused, so tests running meanwhile are not disturbed.
        // as the owner: the service's own role cannot alter the log
        JdbcClient eigentuemer = TestDatenbank.alsEigentuemer(kontext);
        eigentuemer.sql("ALTER TABLE akteneinsicht ADD CONSTRAINT test_protokoll_gesperrt CHECK (korrelations_id IS DISTINCT FROM '"
                + gesperrt + "') NOT VALID").update();
        try {
            Api ohneProtokoll = mueller.mitKopfzeile("X-Correlation-Id", gesperrt);
            for (String pfad : List.of("/api/faelle/" + fallId, "/api/faelle", "/api/arbeitskorb", "/api/faelle/" + fallId + "/verlauf",
                    "/api/faelle/" + fallId + "/auskunft")) {
                Api.Antwort antwort = ohneProtokoll.get(pfad);
                assertThat(antwort.status()).as(pfad).isEqualTo(503);
                assertThat(antwort.feld("code")).as(pfad).isEqualTo("AKTENEINSICHT_NICHT_PROTOKOLLIERT");
                assertThat(antwort.text()).as(pfad).doesNotContain("Ungeschriebenxq");
            }
            Api.Antwort seite = ohneProtokoll.get("/faelle/" + fallId);
            assertThat(seite.status()).isEqualTo(503);
            assertThat(seite.text()).doesNotContain("Ungeschriebenxq");
        } finally {
            eigentuemer.sql("ALTER TABLE akteneinsicht DROP CONSTRAINT test_protokoll_gesperrt").update();
        }
        mueller.get("/api/faelle/" + fallId).erwarte(200);
    }

    /** Reads as the user with a fresh correlation id and returns the log rows it left: (fall, was, gewaehrt). */
    private List<Tuple> lesen(String benutzer, String pfad) {
        String korrelation = "einsicht-" + UUID.randomUUID();
        als(benutzer).mitKopfzeile("X-Correlation-Id", korrelation).get(pfad);
        return zeilen(korrelation);
    }

    private List<Tuple> zeilen(String korrelation) {
        return jdbc.sql("SELECT fall_id, was, gewaehrt FROM akteneinsicht WHERE korrelations_id = :k ORDER BY id")
                .param("k", korrelation)
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    private static List<JsonNode> liste(JsonNode feld) {
        List<JsonNode> eintraege = new ArrayList<>();
        feld.forEach(eintraege::add);
        return eintraege;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
