package de.fallbuch.app.datenschutz;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import de.fallbuch.app.TestuhrKonfiguration;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore path of docs/datenschutz.md: a database backup taken before an erasure is restored, the
 * erasure journal of the data directory is kept. On the next start the service destroys the Fall's keys
 * again and records the erasure again, so neither the event store nor any view shows the person.
 */
class WiederherstellungNachLoeschungTest {

    private static final String NAME = "Wiederherstellungsprobe";
    /** Past the retention period of six years after closing. */
    private static final Duration NACH_DER_AUFBEWAHRUNG = Duration.ofDays(6 * 366 + 30);

    private final Path daten = Path.of("target", "test-daten", "wiederherstellung-" + UUID.randomUUID()).toAbsolutePath();
    private final Path sicherung = daten.resolveSibling(daten.getFileName() + "-sicherung");

    @Test
    void eineVorDerLoeschungGesicherteDatenbankVergisstDiePersonBeimNaechstenStartErneut() throws IOException {
        String fallId;
        try (ConfigurableApplicationContext dienst = starten(Duration.ZERO)) {
            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            fallId = mueller.post("/api/faelle", neuerFall(NAME, "Innenstadt")).erwarte(201).feld("fallId");
            mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "UMZUG", "bemerkung", "verzogen"))
                    .erwarte(200);
            mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200 && "ABGESCHLOSSEN".equals(a.feld("status")));
        }
        // the office's database backup, taken while the service was stopped
        kopieren(daten.resolve("postgres"), sicherung);

        try (ConfigurableApplicationContext dienst = starten(NACH_DER_AUFBEWAHRUNG)) {
            Api schmidt = TestApi.als(port(dienst), "sgl.schmidt");
            schmidt.post("/api/faelle/" + fallId + "/loeschung", Map.of("rechtsgrundlage", "§ 84 Abs. 2 SGB X",
                    "begruendung", "Aufbewahrungsfrist abgelaufen")).erwarte(200);
            schmidt.warteAuf("/api/faelle/" + fallId, a -> a.text().contains("[gelöscht]"));
        }
        assertThat(daten.resolve("datenschutz").resolve("loeschprotokoll.jsonl")).content().contains(fallId).doesNotContain(NAME);

        // restore: the database as it was before the erasure, the journal as it is now
        loeschen(daten.resolve("postgres"));
        kopieren(sicherung, daten.resolve("postgres"));

        try (ConfigurableApplicationContext dienst = starten(NACH_DER_AUFBEWAHRUNG)) {
            JdbcClient jdbc = dienst.getBean(JdbcClient.class);
            // the start applied the journal before the first request: the keys are gone ...
            assertThat(jdbc.sql("SELECT count(*) FROM datenschutz_schluessel WHERE fall_id = :fall AND schluessel IS NOT NULL")
                    .param("fall", UUID.fromString(fallId)).query(Long.class).single()).isZero();
            // ... and the erasure is in the restored event store again, recorded by the system
            assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :fall AND payload_type = :typ")
                    .param("fall", fallId).param("typ", PersonendatenGeloescht.class.getName()).query(Long.class).single()).isOne();

            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            Api.Antwort fall = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200 && a.text().contains("[gelöscht]"));
            assertThat(fall.text()).doesNotContain(NAME);
            mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.text().contains("Personenbezogene Daten gelöscht"));
            assertThat(mueller.get("/api/faelle").erwarte(200).text()).doesNotContain(NAME);
            assertThat(jdbc.sql("SELECT count(*) FROM fall_uebersicht WHERE fall_id = :fall AND nachname = :name")
                    .param("fall", UUID.fromString(fallId)).param("name", NAME).query(Long.class).single()).isZero();
        }
    }

    private ConfigurableApplicationContext starten(Duration uhrVersatz) {
        return new SpringApplicationBuilder(FallbuchApplication.class, TestuhrKonfiguration.class)
                .run("--server.port=0", "--fallbuch.data-dir=" + daten, "--fallbuch.test.uhr-versatz=" + uhrVersatz);
    }

    private static int port(ConfigurableApplicationContext dienst) {
        return ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }

    private static void kopieren(Path von, Path nach) throws IOException {
        try (Stream<Path> pfade = Files.walk(von)) {
            for (Path pfad : pfade.toList()) {
                // with their modes: PostgreSQL refuses a data directory that others may read
                Files.copy(pfad, nach.resolve(von.relativize(pfad).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void loeschen(Path verzeichnis) throws IOException {
        try (Stream<Path> pfade = Files.walk(verzeichnis)) {
            for (Path pfad : pfade.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(pfad);
            }
        }
    }
}
