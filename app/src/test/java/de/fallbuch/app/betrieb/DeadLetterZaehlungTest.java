package de.fallbuch.app.betrieb;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: a view rebuild asked the dead-letter table for every event whether the event's sequence had letters
 * ({@code SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?}, Axon's
 * JdbcSequencedDeadLetterQueue.contains). With Axon's sequence identifier cache ({@code dlq.cache.enabled}) a segment
 * that was claimed while its view had no dead letters knows without asking: only what it parks itself can be there.
 *
 * <p>Measured through PostgreSQL's own statistics: every such query is a scan of dead_letter_entry
 * ({@code pg_stat_user_tables.idx_scan + seq_scan}). The counters are flushed by each connection when it turns idle
 * (up to ~10 s later); the test waits until the view's inserts of the rebuild show there, which are flushed together
 * with the scans of the same transactions.
 */
class DeadLetterZaehlungTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private ApplicationContext dienst;

    @Test
    void einNeuaufbauFragtDieDeadLetterTabelleNichtJeEreignis() {
        Api mueller = als("fm.mueller");
        List<String> faelle = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String fallId = fallEroeffnen(mueller, "Zaehlung-" + i, "Innenstadt");
            mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x"))
                    .erwarte(200);
            faelle.add(fallId);
        }
        // Waiting through the Verlauf itself: the admin API's status reads the dead-letter counts, which would count here.
        for (String fallId : faelle) {
            mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == 2);
        }
        JdbcClient superuser = TestDatenbank.alsSuperuser(dienst);
        long ereignisse = superuser.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        long zeilen = superuser.sql("SELECT count(*) FROM verlauf_eintrag").query(Long.class).single();
        long scansVorher = scans(superuser, "dead_letter_entry");
        long einfuegungenVorher = einfuegungen(superuser, "verlauf_eintrag");

        StreamingEventProcessor verlauf = verarbeitung.eventProcessor("verlauf", StreamingEventProcessor.class).orElseThrow();
        long beginn = System.nanoTime();
        verlauf.shutDown();
        verlauf.resetTokens();
        verlauf.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> superuser.sql("SELECT count(*) FROM verlauf_eintrag").query(Long.class).single() >= zeilen);
        double sekunden = (System.nanoTime() - beginn) / 1e9;
        // Until the rebuild's inserts are in the statistics, its scans may not be either.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> einfuegungen(superuser, "verlauf_eintrag") - einfuegungenVorher >= zeilen);
        long scans = scans(superuser, "dead_letter_entry") - scansVorher;
        System.out.printf("DEAD-LETTER: Neuaufbau des Verlaufs über %d Ereignisse in %.2f s, dabei %d Abfragen von dead_letter_entry%n",
                ereignisse, sekunden, scans);
        assertThat(ereignisse).isGreaterThanOrEqualTo(80);
        assertThat(scans).as("Abfragen von dead_letter_entry beim Neuaufbau über %d Ereignisse", ereignisse).isLessThan(ereignisse / 4);
    }

    private static long scans(JdbcClient superuser, String tabelle) {
        return superuser.sql("SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = :t")
                .param("t", tabelle).query(Long.class).single();
    }

    private static long einfuegungen(JdbcClient superuser, String tabelle) {
        return superuser.sql("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = :t").param("t", tabelle).query(Long.class).single();
    }
}
