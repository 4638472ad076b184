package de.fallbuch.query.verlauf;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Verlauf of a Fall: plain German, in order, with who and when; replayable and idempotent. */
class VerlaufTest extends IntegrationTest {

    private static final String HEUTE = LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private EventStore ereignisse;
    @Autowired
    private Verlaufsprojektor projektor;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void derVerlaufErzaehltWasWannVonWemGeschahUndLaesstSichFiltern() throws InterruptedException {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Verlauf", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;
        mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Mietschulden", "ersteSchritte", "Kontoauszüge")).erwarte(200);
        mueller.post(pfad + "/vermittlungen", Map.of("version", 1, "partner", "SCHULDNERBERATUNG", "anlass", "Schulden ordnen",
                "einwilligungErteilt", true, "einwilligungAm", LocalDate.now(ZoneId.of("Europe/Berlin")).toString())).erwarte(201);
        Thread.sleep(5);
        Instant vorDemAbschluss = Instant.now();
        als("sgl.schmidt").post(pfad + "/abschluss", Map.of("version", 2, "grund", "SONSTIGES", "bemerkung", "Person verzogen ins Ausland"))
                .erwarte(200);

        Antwort verlauf = als("rp.weber").warteAuf(pfad + "/verlauf", a -> a.json().size() == 4);
        List<JsonNode> eintraege = eintraege(verlauf);

        assertThat(eintraege.get(0).path("satz").asText()).matches(
                "Fall 50-\\d{4}-\\d{6} eröffnet in der Dienststelle Innenstadt, zuständig: fm.mueller. Anliegen: Mietschulden, Strom gesperrt");
        assertThat(eintraege.get(1).path("satz").asText())
                .isEqualTo("Erstberatung am " + HEUTE + ": Mietschulden. Vereinbarte erste Schritte: Kontoauszüge");
        assertThat(eintraege.get(2).path("satz").asText()).isEqualTo("Vermittlung an Schuldnerberatung: Schulden ordnen. "
                + "Einwilligung der Person in die Weitergabe ihrer Daten vom " + HEUTE);
        assertThat(eintraege.get(2).path("rechtsgrundlage").asText()).isEqualTo("§ 67b SGB X");
        assertThat(eintraege.get(3).path("satz").asText()).isEqualTo("Fall abgeschlossen am " + HEUTE + ": sonstiger Grund");
        assertThat(eintraege.get(3).path("begruendung").asText()).isEqualTo("Person verzogen ins Ausland");
        assertThat(eintraege.get(3).path("benutzer").asText()).isEqualTo("sgl.schmidt");
        assertThat(eintraege.get(3).path("rolle").asText()).isEqualTo("SACHGEBIETSLEITUNG");
        assertThat(eintraege.get(0).path("benutzer").asText()).isEqualTo("fm.mueller");
        assertThat(eintraege).extracting(e -> Instant.parse(e.path("zeitpunkt").asText())).isSorted();

        Antwort nurSpaeter = als("rp.weber").get(pfad + "/verlauf?von=" + vorDemAbschluss).erwarte(200);
        assertThat(eintraege(nurSpaeter)).extracting(e -> e.path("ereignis").asText()).containsExactly("FallAbgeschlossen");
        Antwort nurFrueher = als("rp.weber").get(pfad + "/verlauf?aggregat=FALL&bis=" + vorDemAbschluss).erwarte(200);
        assertThat(nurFrueher.json().size()).isEqualTo(3);
        assertThat(als("rp.weber").get(pfad + "/verlauf?von=" + vorDemAbschluss + "&bis=" + vorDemAbschluss).erwarte(400)
                .json().path("fehler").get(0).path("feld").asText()).isEqualTo("bis");

        assertThat(als("fm.yilmaz").get(pfad + "/verlauf").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(als("rev.koch").get(pfad + "/verlauf").erwarte(403).feld("detail"))
                .isEqualTo("In Ihrer Rolle Revision sehen Sie keine Fälle mit personenbezogenen Daten.");
    }

    @Test
    void derVerlaufWirdAusDemEventStoreIdentischNeuAufgebautUndNimmtNichtsDoppeltAuf() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Verlaufneu", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x")).erwarte(200);
        mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == 2);
        String alle = "SELECT * FROM verlauf_eintrag ORDER BY ereignis_id";
        List<Map<String, Object>> vorher = jdbc.sql(alle).query().listOfRows();

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
        for (EventMessage<?> ereignis : ereignisse.readEvents(fallId, 0).asStream().toList()) {
            try {
                handler.handle(ereignis);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(jdbc.sql(alle).query().listOfRows()).isEqualTo(vorher);

        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(Verlaufsprojektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        prozessor.shutDown();
        prozessor.resetTokens();
        prozessor.start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(jdbc.sql(alle).query().listOfRows()).isEqualTo(vorher));
    }

    private static List<JsonNode> eintraege(Antwort antwort) {
        List<JsonNode> liste = new java.util.ArrayList<>();
        antwort.json().forEach(liste::add);
        return liste;
    }
}
