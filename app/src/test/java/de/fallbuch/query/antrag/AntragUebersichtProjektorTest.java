package de.fallbuch.query.antrag;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
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

/** The Antrag view is idempotent and can be rebuilt from the event store at any time. */
class AntragUebersichtProjektorTest extends IntegrationTest {


    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private EventStore ereignisse;
    @Autowired
    private AntragUebersichtProjektor projektor;
    @Autowired
    private JdbcClient jdbc;

    /** An Antrag that went through most of its lifecycle, so that the view has many columns filled. */
    private String durchlaufenerAntrag(Api mueller) {
        LocalDate heute = uhr.heute();
        String pfad = "/api/antraege/" + antragStellen(mueller, fallEroeffnen(mueller, "Projektion", "Innenstadt"), heute);
        long v = mueller.post(pfad + "/unterlagen-anforderung", Map.of("version", 0, "unterlagen", List.of("Mietvertrag"),
                "frist", heute.plusDays(14).toString())).erwarte(201).version();
        v = mueller.post(pfad + "/unterlagen-eingang", Map.of("version", v)).erwarte(200).version();
        v = mueller.post(pfad + "/ablehnung", Map.of("version", v, "rechtsgrundlage", "§ 19 SGB XII", "begruendung", "kein Bedarf"))
                .erwarte(201).version();
        v = mueller.post(pfad + "/bescheid", Map.of("version", v, "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", false))
                .erwarte(200).version();
        v = mueller.post(pfad + "/widerspruch", Map.of("version", v)).erwarte(201).version();
        long letzte = mueller.post(pfad + "/abhilfe", Map.of("version", v, "betragMonatlichCent", 42_000, "rechtsgrundlage",
                "§ 27a SGB XII", "begruendung", "doch Bedarf")).erwarte(201).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);
        return pfad.substring(pfad.lastIndexOf('/') + 1);
    }

    @Test
    void einNeuaufbauAusDemEventStoreErgibtDieselbenZeilen() {
        // Only this test's row is compared: other tests' deadlines may change their rows meanwhile.
        String antragId = durchlaufenerAntrag(als("fm.mueller"));
        String vorher = zeile(antragId);

        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(AntragUebersichtProjektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        prozessor.shutDown();
        prozessor.resetTokens();
        assertThat(jdbc.sql("SELECT count(*) FROM antrag_uebersicht").query(Long.class).single()).isZero();
        prozessor.start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(zeileFallsVorhanden(antragId)).isEqualTo(vorher));
    }

    @Test
    void einZweimalZugestelltesEreignisWirktNurEinmal() {
        String antragId = durchlaufenerAntrag(als("fm.mueller"));
        String vorher = zeile(antragId);

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
        List<? extends EventMessage<?>> alle = ereignisse.readEvents(antragId).asStream().toList();
        for (EventMessage<?> ereignis : alle) {
            handlerAufrufen(handler, ereignis);
        }
        // Redelivering an older event must not roll the row back either.
        handlerAufrufen(handler, alle.get(1));

        assertThat(zeile(antragId)).isEqualTo(vorher);
        assertThat(jdbc.sql("SELECT status, widerspruch_ergebnis, version FROM antrag_uebersicht WHERE antrag_id = :id::uuid")
                .param("id", antragId).query().singleRow())
                .containsEntry("status", "ENTSCHIEDEN").containsEntry("widerspruch_ergebnis", "ABGEHOLFEN")
                .containsEntry("version", (long) alle.size() - 1);
    }

    private String zeileFallsVorhanden(String antragId) {
        return jdbc.sql("SELECT to_jsonb(a)::text FROM antrag_uebersicht a WHERE antrag_id = :id::uuid")
                .param("id", antragId).query(String.class).optional().orElse(null);
    }

    /** The row as JSON text, so that the array column compares by value. */
    private String zeile(String antragId) {
        return jdbc.sql("SELECT to_jsonb(a)::text FROM antrag_uebersicht a WHERE antrag_id = :id::uuid")
                .param("id", antragId).query(String.class).single();
    }

    private static void handlerAufrufen(AnnotationEventHandlerAdapter handler, EventMessage<?> ereignis) {
        try {
            handler.handle(ereignis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
