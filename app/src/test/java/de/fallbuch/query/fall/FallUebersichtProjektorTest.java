package de.fallbuch.query.fall;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Fall view is idempotent and can be rebuilt from the event store at any time. */
class FallUebersichtProjektorTest extends IntegrationTest {

    private static final String ALLE_ZEILEN = """
            SELECT f.*, (SELECT string_agg(concat_ws('|', w.wiedervorlage_id, w.faellig_am, w.anlass, w.erledigt_am, w.entfallen), ',' ORDER BY w.wiedervorlage_id)
                         FROM fall_wiedervorlage w WHERE w.fall_id = f.fall_id) AS wiedervorlagen
            FROM fall_uebersicht f ORDER BY f.fall_id""";

    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private EventStore ereignisse;
    @Autowired
    private FallUebersichtProjektor projektor;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void einNeuaufbauAusDemEventStoreErgibtDieselbenZeilen() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Neuaufbau", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;
        long v = mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x")).version();
        v = mueller.post(pfad + "/beratungen", Map.of("version", v, "thema", "Miete", "inhalt", "y")).version();
        v = mueller.post(pfad + "/wiedervorlagen", Map.of("version", v, "faelligAm",
                LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).toString(), "anlass", "nachfassen")).version();
        long letzte = mueller.post(pfad + "/abschluss", Map.of("version", v, "grund", "UMZUG")).erwarte(200).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);
        List<Map<String, Object>> vorher = jdbc.sql(ALLE_ZEILEN).query().listOfRows();

        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(FallUebersichtProjektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        prozessor.shutDown();
        prozessor.resetTokens();
        assertThat(jdbc.sql("SELECT count(*) FROM fall_uebersicht").query(Long.class).single()).isZero();
        prozessor.start();

        // The rebuild has caught up when every row is back exactly as it was.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(jdbc.sql(ALLE_ZEILEN).query().listOfRows()).isEqualTo(vorher));
        assertThat(vorher).isNotEmpty();
    }

    @Test
    void einZweimalZugestelltesEreignisWirktNurEinmal() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Doppelt", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;
        mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x")).erwarte(200);
        long letzte = mueller.post(pfad + "/beratungen", Map.of("version", 1, "thema", "Miete", "inhalt", "y")).erwarte(200).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
        List<? extends EventMessage<?>> alle = ereignisse.readEvents(fallId).asStream().toList();
        for (EventMessage<?> ereignis : alle) {
            handlerAufrufen(handler, ereignis);
        }
        handlerAufrufen(handler, alle.get(alle.size() - 1));

        Map<String, Object> zeile = jdbc.sql("SELECT anzahl_beratungsgespraeche, version FROM fall_uebersicht WHERE fall_id = :id::uuid")
                .param("id", fallId).query().singleRow();
        assertThat(zeile).containsEntry("anzahl_beratungsgespraeche", 1).containsEntry("version", 2L);
        assertThat(jdbc.sql("SELECT count(*) FROM fall_uebersicht WHERE aktenzeichen = (SELECT aktenzeichen FROM fall_uebersicht WHERE fall_id = :id::uuid)")
                .param("id", fallId).query(Long.class).single()).isEqualTo(1L);
    }

    private static void handlerAufrufen(AnnotationEventHandlerAdapter handler, EventMessage<?> ereignis) {
        try {
            handler.handle(ereignis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
