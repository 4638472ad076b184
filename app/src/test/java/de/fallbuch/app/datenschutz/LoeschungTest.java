package de.fallbuch.app.datenschutz;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.dokumente.DokumenteTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey of issue 12: a Fall with a distinctive person, acts in all three aggregates, closed;
 * its personal data are in the views but in no event; after the retention period the Sachgebietsleitung
 * erases it, and then no table and column of the database holds the name, birth date or street any more,
 * while the ledger keeps every event, the Verlauf and the Entscheidungshistorie every entry, and the
 * Kennzahlen do not change. A full rebuild of every view brings nothing back.
 */
class LoeschungTest extends IntegrationTest {

    // lower case too: the search form of the name (fall_uebersicht.suchname "zyxwvutsrq qwertzuiopue", suchpraefixe)
    private static final List<String> SPUREN = List.of("Zyxwvutsrq", "Qwertzuiop", "zyxwvutsrq", "qwertzuiop", "1961-07-19",
            "19.07.1961", "Gangweg");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;
    @Autowired
    private EventProcessingConfiguration verarbeitung;

    @Test
    void nachDerLoeschungFindetSichDiePersonInKeinerTabelleUndDasBuchBleibtVollstaendig() {
        Api mueller = als("fm.mueller");
        Api schmidt = als("sgl.schmidt");
        LocalDate heute = uhr.heute();

        // --- the journey: Fall, Antrag, Hilfevereinbarung ---
        String fallId = mueller.post("/api/faelle", Map.of(
                "person", Map.of("vorname", "Zyxwvutsrq", "nachname", "Qwertzuiopü", "geburtsdatum", "1961-07-19",
                        "anschrift", Map.of("strasse", "Plöner Gangweg 77", "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Zyxwvutsrq hat Mietschulden")).erwarte(201).feld("fallId");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Mietschulden von Herrn Qwertzuiopü",
                "ersteSchritte", "Termin Gangweg 77")).erwarte(200);
        mueller.post("/api/faelle/" + fallId + "/beratungen", Map.of("version", 1, "thema", "Wohnung",
                "inhalt", "Hausbesuch Plöner Gangweg 77")).erwarte(200);
        mueller.post("/api/faelle/" + fallId + "/wiedervorlagen", Map.of("version", 2, "faelligAm", heute.plusDays(3).toString(),
                "anlass", "Rückruf Zyxwvutsrq")).erwarte(201);
        String antragId = mueller.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", heute)).erwarte(201).feld("antragId");
        mueller.post("/api/antraege/" + antragId + "/unterlagen-anforderung", Map.of("version", 0,
                "unterlagen", List.of("Mietvertrag Qwertzuiopü", "Kontoauszüge"), "frist", heute.plusDays(14).toString())).erwarte(201);
        mueller.post("/api/antraege/" + antragId + "/unterlagen-eingang", Map.of("version", 1, "bemerkung", "von Zyxwvutsrq persönlich"))
                .erwarte(200);
        mueller.post("/api/antraege/" + antragId + "/bewilligung", Map.of("version", 2, "betragMonatlichCent", 56_300,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Regelbedarf für Herrn Qwertzuiopü, geb. 19.07.1961")).erwarte(201);
        // the grant ends before the Fall is closed (a Fall with a running grant cannot be closed)
        mueller.post("/api/antraege/" + antragId + "/anhoerung", Map.of("version", 3, "anlass", "Herr Qwertzuiopü arbeitet wieder",
                "frist", heute.plusDays(14).toString())).erwarte(201);
        mueller.post("/api/antraege/" + antragId + "/anhoerung/stellungnahme", Map.of("version", 4,
                "stellungnahme", "Zyxwvutsrq bestätigt die Arbeitsaufnahme")).erwarte(200);
        mueller.post("/api/antraege/" + antragId + "/aufhebung", Map.of("version", 5, "aufgehobenAb", heute.toString(),
                "rechtsgrundlage", "§ 48 SGB X", "begruendung", "Einkommen von Herrn Qwertzuiopü deckt den Bedarf")).erwarte(201);
        String vereinbarungId = inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.status() == 200 && a.version() == 3);
        long fallVersion = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200 && a.version() == 3).version();
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", fallVersion, "grund", "ARBEITSAUFNAHME",
                "bemerkung", "Zyxwvutsrq arbeitet wieder")).erwarte(200);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> "BEENDET".equals(a.json().path("status").asText()));
        // the last two acts (closing the Fall ends the agreement) are in the Verlauf: it is complete
        int verlaufVorher = mueller.warteAuf("/api/faelle/" + fallId + "/verlauf",
                a -> a.text().contains("Fall abgeschlossen") && a.text().contains("Hilfevereinbarung beendet")).json().size();
        int entscheidungenVorher = mueller.get("/api/antraege/" + antragId + "/entscheidungen").erwarte(200).json().size();
        assertThat(entscheidungenVorher).as("Bewilligung und Aufhebung").isEqualTo(2);

        // --- encrypted at rest: the views hold the person, no event does ---
        assertThat(fundstellen()).as("vor der Löschung").anySatisfy(f -> assertThat(f).startsWith("public.fall_uebersicht."))
                .noneSatisfy(f -> assertThat(f).startsWith("public.domain_event_entry."));
        List<String> ereignisseVorher = ereignisse(fallId, antragId, vereinbarungId);
        assertThat(suchspalten(fallId)).containsExactly("zyxwvutsrq qwertzuiopue",
                "zy zyx zyxw zyxwv zyxwvu zyxwvut zyxwvuts zyxwvutsr zyxwvutsrq qw qwe qwer qwert qwertz qwertzu qwertzui qwertzuio "
                        + "qwertzuiop qwertzuiopu qwertzuiopue", "8483874 43781");
        // the documents issued with the acts (issue 16): reprinted byte for byte while the person is readable
        JsonNode dokumenteVorher = mueller.get("/api/antraege/" + antragId + "/dokumente").erwarte(200).json();
        assertThat(dokumenteVorher).extracting(d -> d.path("art").asText())
                .containsExactly("MITWIRKUNGSAUFFORDERUNG", "BEWILLIGUNGSBESCHEID", "ANHOERUNGSSCHREIBEN", "AUFHEBUNGSBESCHEID");
        HttpResponse<byte[]> bescheidVorher = DokumenteTest.pdf(port, "fm.mueller", dokumenteVorher.get(1).path("link").asText());
        assertThat(bescheidVorher.headers().firstValue("X-Dokument-Originalgetreu")).hasValue("true");
        assertThat(DokumenteTest.text(bescheidVorher.body())).contains("Zyxwvutsrq Qwertzuiopü", "Plöner Gangweg 77");

        // --- not before retention has ended; a Fallmanager may not at all ---
        Map<String, String> loeschung = Map.of("rechtsgrundlage", "§ 84 Abs. 2 SGB X", "begruendung", "Aufbewahrungsfrist abgelaufen");
        assertThat(schmidt.post("/api/faelle/" + fallId + "/loeschung", loeschung).erwarte(422).feld("code"))
                .isEqualTo("AUFBEWAHRUNGSFRIST_LAEUFT");
        uhr.vorstellen(Duration.ofDays(6 * 366 + 30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(vorschlaege(schmidt)).contains(fallId));
        mueller.get("/api/datenschutz/loeschvorschlaege").erwarte(403);
        mueller.post("/api/faelle/" + fallId + "/loeschung", loeschung).erwarte(403);

        // --- a legal hold blocks it until lifted ---
        schmidt.post("/api/faelle/" + fallId + "/sperre", Map.of("grund", "Klage vor dem Sozialgericht")).erwarte(200);
        assertThat(vorschlaege(schmidt)).doesNotContain(fallId);
        assertThat(schmidt.post("/api/faelle/" + fallId + "/loeschung", loeschung).erwarte(422).feld("code")).isEqualTo("LOESCHSPERRE");
        schmidt.post("/api/faelle/" + fallId + "/sperre/aufhebung", Map.of("grund", "Klage zurückgenommen")).erwarte(200);
        assertThat(vorschlaege(schmidt)).contains(fallId);
        int verlaufMitSperre = mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == verlaufVorher + 2).json().size();
        String kennzahlen = "/api/kennzahlen?dienststelle=Innenstadt&von=" + heute + "&bis=" + heute.plusDays(1) + "&stichtag=" + heute;
        String kennzahlenVorher = schmidt.get(kennzahlen).erwarte(200).text();

        // --- erasure ---
        schmidt.post("/api/faelle/" + fallId + "/loeschung", loeschung).erwarte(200);
        assertThat(vorschlaege(schmidt)).doesNotContain(fallId);
        JsonNode verlauf = mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == verlaufMitSperre + 1
                && a.text().contains("[gelöscht]") && !a.text().contains("Zyxwvutsrq")).json();
        JsonNode fall = mueller.warteAuf("/api/faelle/" + fallId, a -> a.text().contains("[gelöscht]")).json();
        assertThat(fall.path("person").path("nachname").asText()).isEqualTo("[gelöscht]");
        assertThat(fall.path("person").path("geburtsdatum").isMissingNode() || fall.path("person").path("geburtsdatum").isNull()).isTrue();
        assertThat(fall.path("aktenzeichen").asText()).matches("50-\\d{4}-\\d{6}");
        JsonNode entscheidungen = mueller.warteAuf("/api/antraege/" + antragId + "/entscheidungen",
                a -> a.text().contains("[gelöscht]")).json();
        assertThat(entscheidungen).hasSize(entscheidungenVorher);
        assertThat(entscheidungen.findValuesAsText("rechtsgrundlage")).containsExactlyInAnyOrder("§ 27 SGB XII", "§ 48 SGB X");
        assertThat(entscheidungen.findValues("betragMonatlichCent")).extracting(JsonNode::asLong).contains(56_300L);
        assertThat(verlauf.get(verlauf.size() - 1).toString()).contains("Personenbezogene Daten gelöscht");
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarungId, a -> a.text().contains("[gelöscht]"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fundstellen()).isEmpty());
        // the search columns are blanked with the name: neither the spelling nor the sound of it stays
        assertThat(suchspalten(fallId)).containsExactly(null, null, null);
        assertThat(ereignisse(fallId, antragId, vereinbarungId)).containsAll(ereignisseVorher)
                .as("dazu: Löschsperre gesetzt, aufgehoben, Personendaten gelöscht").hasSize(ereignisseVorher.size() + 3);
        assertThat(schmidt.get(kennzahlen).erwarte(200).text()).isEqualTo(kennzahlenVorher);
        // a second erasure is refused, the Fall can no longer be reopened
        schmidt.post("/api/faelle/" + fallId + "/loeschung", loeschung).erwarte(422);
        assertThat(mueller.post("/api/faelle/" + fallId + "/wiederaufnahme", Map.of("version", fall.path("version").asLong(), "grund", "x"))
                .erwarte(422).feld("code")).isEqualTo("PERSONENDATEN_GELOESCHT");

        // --- a full rebuild of every view brings nothing back and shows the same ---
        List<StreamingEventProcessor> prozessoren = verarbeitung.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        prozessoren.forEach(StreamingEventProcessor::shutDown);
        prozessoren.forEach(StreamingEventProcessor::resetTokens);
        prozessoren.forEach(StreamingEventProcessor::start);
        String verlaufNachher = verlauf.toString();
        mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().toString().equals(verlaufNachher));
        mueller.warteAuf("/api/antraege/" + antragId + "/entscheidungen", a -> a.json().equals(entscheidungen));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(schmidt.get(kennzahlen).text()).isEqualTo(kennzahlenVorher));
        assertThat(fundstellen()).isEmpty();
        assertThat(suchspalten(fallId)).containsExactly(null, null, null);
        // the documents stay listed with the hashes of what was issued; a reprint names no one, says so, and is
        // marked as not the original
        assertThat(schmidt.get("/api/antraege/" + antragId + "/dokumente").erwarte(200).json()).isEqualTo(dokumenteVorher);
        HttpResponse<byte[]> nachdruck = DokumenteTest.pdf(port, "sgl.schmidt", dokumenteVorher.get(1).path("link").asText());
        assertThat(nachdruck.statusCode()).isEqualTo(200);
        assertThat(nachdruck.headers().firstValue("X-Dokument-Originalgetreu")).hasValue("false");
        assertThat(nachdruck.body()).isNotEqualTo(bescheidVorher.body());
        assertThat(DokumenteTest.text(nachdruck.body())).contains("Bewilligungsbescheid", "[gelöscht]", "563,00 €",
                        "Nachdruck nach Löschung der personenbezogenen Daten")
                .doesNotContain("Zyxwvutsrq", "Qwertzuiopü", "Plöner", "Gangweg");
        // the age group on the day of receipt (for the densities) is in the Antrag's event in clear: it survives
        // the rebuild although the birth date is unreadable now (born 1961: 65 or older on receipt)
        assertThat(jdbc.sql("SELECT altersgruppe FROM kennzahlen_antrag WHERE antrag_id = :id").param("id", UUID.fromString(antragId))
                .query(String.class).single()).isEqualTo("AB_65");
    }

    private static List<String> vorschlaege(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/datenschutz/loeschvorschlaege").erwarte(200).json().forEach(v -> ids.add(v.path("fallId").asText()));
        return ids;
    }

    private List<String> ereignisse(String... aggregate) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier IN (:ids)")
                .param("ids", List.of(aggregate)).query(String.class).list();
    }

    /** The Fall's name in search form, its word starts and its Kölner Phonetik (db/query V95). */
    private List<String> suchspalten(String fallId) {
        return jdbc.sql("SELECT suchname, suchpraefixe, suchphonetik FROM fall_uebersicht WHERE fall_id = :id")
                .param("id", UUID.fromString(fallId))
                .query((rs, n) -> java.util.Arrays.asList(rs.getString("suchname"), rs.getString("suchpraefixe"),
                        rs.getString("suchphonetik"))).single();
    }

    private List<String> fundstellen() {
        return Fundstellen.von(kontext, SPUREN);
    }
}
