package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import de.fallbuch.app.Testuhr;
import de.fallbuch.app.TestuhrKonfiguration;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.common.Metadaten;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deadline set before the service stops still fires after it started again: it lives in PostgreSQL. */
class FristNachNeustartTest {

    private final Path daten = Path.of("target", "test-daten", "frist-neustart-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void eineVorDemNeustartGesetzteMitwirkungsfristLaeuftDanachAb() {
        String antragId;
        LocalDate frist;
        try (ConfigurableApplicationContext dienst = starten()) {
            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            LocalDate heute = dienst.getBean(Testuhr.class).heute();
            String fallId = mueller.post("/api/faelle", neuerFall("Fristneustart", "Innenstadt")).erwarte(201).feld("fallId");
            antragId = antragStellen(mueller, fallId, heute);
            frist = heute.plusDays(14);
            mueller.post("/api/antraege/" + antragId + "/unterlagen-anforderung", Map.of("version", 0,
                    "unterlagen", List.of("Rentenbescheid"), "frist", frist.toString())).erwarte(201);
            assertThat(offeneFristen(dienst)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext dienst = starten()) {
            assertThat(offeneFristen(dienst)).as("die Frist hat den Neustart überdauert").isEqualTo(1);
            dienst.getBean(Testuhr.class).umTageVorstellen(15);

            EventStore ereignisse = dienst.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                    ereignisse.readEvents(antragId).asStream().anyMatch(e -> e.getPayload() instanceof MitwirkungsfristAbgelaufen));
            DomainEventMessage<?> abgelaufen = ereignisse.readEvents(antragId).asStream()
                    .filter(e -> e.getPayload() instanceof MitwirkungsfristAbgelaufen).findFirst().orElseThrow();
            assertThat(((MitwirkungsfristAbgelaufen) abgelaufen.getPayload()).frist()).isEqualTo(frist);
            assertThat(abgelaufen.getMetaData()).containsEntry(Metadaten.BENUTZER, "system");
            await().atMost(Duration.ofSeconds(5)).until(() -> offeneFristen(dienst) == 0);
        }
    }

    private ConfigurableApplicationContext starten() {
        return new SpringApplicationBuilder(FallbuchApplication.class, TestuhrKonfiguration.class)
                .run("--server.port=0", "--fallbuch.data-dir=" + daten, "--fallbuch.fristen.abfrageintervall=PT0.2S");
    }

    private static long offeneFristen(ConfigurableApplicationContext dienst) {
        return dienst.getBean(JdbcClient.class).sql("SELECT count(*) FROM scheduled_tasks WHERE task_name NOT IN ('loeschvorschlaege', 'integritaetspruefung')").query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext dienst) {
        return ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }
}
