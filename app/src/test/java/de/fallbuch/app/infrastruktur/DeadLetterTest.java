package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.FallEroeffnet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An event a view cannot handle is parked in the dead-letter queue; the view goes on. */
class DeadLetterTest extends IntegrationTest {

    @Autowired
    private EventStore ereignisse;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void einUnverarbeitbaresEreignisLandetInDerDeadLetterQueueUndBlockiertDieAnsichtNicht() {
        Api mueller = als("fm.mueller");
        String vorhandenerFall = fallEroeffnen(mueller, "Vorhanden", "Innenstadt");
        String aktenzeichen = mueller.warteAuf("/api/faelle/" + vorhandenerFall, a -> a.status() == 200).feld("aktenzeichen");

        // A faulty event written past the command side (as a bug or a bad migration might):
        // the view requires the person's concern, this event has none.
        UUID kaputt = UUID.randomUUID();
        ereignisse.publish(new GenericDomainEventMessage<>("Fall", kaputt.toString(), 0,
                new FallEroeffnet(kaputt, "50-1999-" + aktenzeichen.substring(8), new Person("X", "Y", LocalDate.of(1990, 1, 1), null),
                        "Innenstadt", "fm.mueller", null, LocalDate.now())));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'faelle' AND aggregate_identifier = :id")
                .param("id", kaputt.toString()).query(Long.class).single() == 1L);
        assertThat(jdbc.sql("SELECT cause_message FROM dead_letter_entry WHERE aggregate_identifier = :id")
                .param("id", kaputt.toString()).query(String.class).single()).contains("anliegen");

        String danach = fallEroeffnen(mueller, "Danach", "Innenstadt");
        mueller.warteAuf("/api/faelle/" + danach, a -> a.status() == 200);
        mueller.get("/api/faelle/" + kaputt).erwarte(404);

        // The faulty event can never be handled: the operator skips it (the tests share one service,
        // and a dead letter left behind would report every view as degraded to the tests after this one).
        String id = jdbc.sql("SELECT dead_letter_id FROM dead_letter_entry WHERE aggregate_identifier = :id")
                .param("id", kaputt.toString()).query(String.class).single();
        als("admin").post("/api/admin/dead-letters/faelle/" + id + "/ueberspringen",
                Map.of("grund", "Fehlerhaftes Testereignis ohne Anliegen")).erwarte(200);
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE aggregate_identifier = :id")
                .param("id", kaputt.toString()).query(Long.class).single()).isZero();
    }
}
