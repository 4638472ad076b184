package de.fallbuch.query.hilfevereinbarung;

import static de.fallbuch.app.HilfevereinbarungTestdaten.HEUTE;
import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The Hilfevereinbarung view is idempotent and can be rebuilt from the event store at any time. */
class HilfevereinbarungProjektorTest extends IntegrationTest {

    private static final List<String> TABELLEN = List.of(
            "SELECT * FROM hilfevereinbarung WHERE hilfevereinbarung_id = :id::uuid",
            "SELECT * FROM hilfevereinbarung_fassung WHERE hilfevereinbarung_id = :id::uuid ORDER BY fassung",
            "SELECT * FROM hilfevereinbarung_massnahme WHERE hilfevereinbarung_id = :id::uuid ORDER BY massnahme_id",
            "SELECT * FROM hilfevereinbarung_ziel WHERE hilfevereinbarung_id = :id::uuid ORDER BY ziel_id",
            "SELECT * FROM hilfevereinbarung_ueberpruefung WHERE hilfevereinbarung_id = :id::uuid ORDER BY ereignis_nr",
            "SELECT * FROM hilfevereinbarung_pflichtverletzung WHERE hilfevereinbarung_id = :id::uuid ORDER BY ereignis_nr");

    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private EventStore ereignisse;
    @Autowired
    private HilfevereinbarungProjektor projektor;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void einNeuaufbauAusDemEventStoreErgibtDieselbenZeilen() {
        Api mueller = als("fm.mueller");
        String id = mitVielGeschichte(mueller);
        List<List<Map<String, Object>>> vorher = zeilen(id);
        assertThat(vorher).allSatisfy(tabelle -> assertThat(tabelle).isNotEmpty());

        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(HilfevereinbarungProjektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        prozessor.shutDown();
        prozessor.resetTokens();
        assertThat(jdbc.sql("SELECT count(*) FROM hilfevereinbarung").query(Long.class).single()).isZero();
        prozessor.start();

        // The rebuild has caught up when every row is back exactly as it was.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(zeilen(id)).isEqualTo(vorher));
    }

    @Test
    void einZweimalZugestelltesEreignisWirktNurEinmal() {
        Api mueller = als("fm.mueller");
        String id = mitVielGeschichte(mueller);
        List<List<Map<String, Object>>> vorher = zeilen(id);

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
        List<? extends EventMessage<?>> alle = ereignisse.readEvents(id).asStream().toList();
        for (EventMessage<?> ereignis : alle) {
            handlerAufrufen(handler, ereignis);
        }
        handlerAufrufen(handler, alle.get(alle.size() - 1));

        assertThat(zeilen(id)).isEqualTo(vorher);
    }

    /**
     * An agreement whose events touch every table: in force, a measure begun, one broken off, a
     * goal missed, a review, a breach of duty, a Fortschreibung signed by the person only.
     */
    private String mitVielGeschichte(Api mueller) {
        String fallId = fallEroeffnen(mueller, "Projektion", "Innenstadt");
        String id = inKraftSetzen(mueller, fallId);
        String pfad = "/api/hilfevereinbarungen/" + id;
        JsonNode inhalt = mueller.warteAuf(pfad, a -> a.version() == 3).json().path("geltendeFassung").path("inhalt");
        String beratung = inhalt.path("massnahmen").get(0).path("massnahmeId").asText();
        String sprachkurs = inhalt.path("massnahmen").get(1).path("massnahmeId").asText();
        long v = mueller.post(pfad + "/massnahmen/" + beratung + "/beginn", Map.of("version", 3)).erwarte(200).version();
        v = mueller.post(pfad + "/massnahmen/" + sprachkurs + "/abbruch", Map.of("version", v, "grund", "Kurs ausgefallen")).erwarte(200).version();
        v = mueller.post(pfad + "/ziele/" + inhalt.path("ziele").get(0).path("zielId").asText() + "/verfehlt",
                Map.of("version", v, "begruendung", "Vermieter lehnt Raten ab")).erwarte(200).version();
        v = mueller.post(pfad + "/ueberpruefung", Map.of("version", v, "ergebnis", "neues Ziel nötig",
                "naechsterTermin", HEUTE.plusMonths(1).toString())).erwarte(200).version();
        v = mueller.post(pfad + "/pflichtverletzung", Map.of("version", v, "pflichtId", inhalt.path("pflichten").get(0).path("pflichtId").asText(),
                "sachverhalt", "Termin versäumt", "stellungnahmeAbgelehnt", true)).erwarte(200).version();
        Map<String, Object> fortschreibung = new HashMap<>();
        fortschreibung.put("version", v);
        fortschreibung.put("anlass", "Überprüfung");
        fortschreibung.put("ziele", List.of(Map.of("beschreibung", "Räumung abgewendet", "zieldatum", HEUTE.plusMonths(2).toString())));
        List<Object> massnahmen = new ArrayList<>();
        inhalt.path("massnahmen").forEach(massnahmen::add);
        fortschreibung.put("massnahmen", massnahmen);
        fortschreibung.put("ueberpruefungstermin", HEUTE.plusMonths(2).toString());
        v = mueller.post(pfad + "/fortschreibung", fortschreibung).erwarte(200).version();
        long letzte = mueller.post(pfad + "/unterschrift", Map.of("version", v, "unterzeichner", "PERSON")).erwarte(200).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);
        return id;
    }

    private List<List<Map<String, Object>>> zeilen(String id) {
        return TABELLEN.stream().map(sql -> jdbc.sql(sql).param("id", id).query().listOfRows()).toList();
    }

    private static void handlerAufrufen(AnnotationEventHandlerAdapter handler, EventMessage<?> ereignis) {
        try {
            handler.handle(ereignis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
