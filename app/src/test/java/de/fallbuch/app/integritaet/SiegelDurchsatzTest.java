package de.fallbuch.app.integritaet;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The seal's speed on a ledger of {@code fallbuch.siegel.messung.ereignisse} (default 200,000)
 * synthetic events of realistic size (about 1 KB of payload, 300 bytes of metadata, like the
 * encrypted events): sealing from scratch, then a full verification. Prints events per second.
 * Not part of the normal suite (it takes about a minute); run it with
 * {@code ./mvnw -B -ntp verify -pl app -am -Dtest=SiegelDurchsatzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfallbuch.siegel.messung=true}.
 * Its own embedded PostgreSQL, only the event store's migrations, no service.
 */
@EnabledIfSystemProperty(named = "fallbuch.siegel.messung", matches = "true")
class SiegelDurchsatzTest {

    @Test
    void versiegelnUndPruefenVonZweihunderttausendEreignissen() throws Exception {
        int anzahl = Integer.getInteger("fallbuch.siegel.messung.ereignisse", 200_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource datenbank = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(datenbank).locations("classpath:db/eventstore").table("flyway_historie_eventstore")
                    .load().migrate();
            long start = System.nanoTime();
            try (Connection verbindung = datenbank.getConnection(); Statement anweisung = verbindung.createStatement()) {
                anweisung.execute("""
                        INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,
                                                        aggregate_identifier, sequence_number, type)
                        SELECT md5(i::text || 'e')::uuid::text,
                               '{"benutzer":"fm.mueller","rolle":"FALLMANAGER","korrelationsId":"' || md5(i::text || 'k')::uuid
                                   || '","correlationId":"' || md5(i::text || 'c')::uuid || '","traceId":"' || md5(i::text || 't')::uuid || '"}',
                               '{"fallId":"' || md5((i / 10)::text)::uuid || '","inhalt":"' || repeat(md5(i::text), 30) || '"}',
                               NULL, 'de.fallbuch.kernel.fall.BeratungDokumentiert', '2026-12-03T10:15:30.123456Z',
                               md5((i / 10)::text)::uuid::text, i % 10, 'Fall'
                        FROM generate_series(1, ANZAHL) AS i""".replace("ANZAHL", Integer.toString(anzahl)));
            }
            System.out.printf("%,d synthetische Ereignisse angelegt in %d ms%n", anzahl, (System.nanoTime() - start) / 1_000_000);

            Versiegelung versiegelung = new Versiegelung(datenbank, Clock.system(ZoneId.of("Europe/Berlin")), Duration.ZERO,
                    Duration.ofSeconds(5), Duration.ofMinutes(1), 5000);
            start = System.nanoTime();
            long versiegelt = versiegelung.versiegeln();
            long siegelNanos = System.nanoTime() - start;
            assertThat(versiegelt).isEqualTo(anzahl);

            Integritaetspruefung pruefung = new Integritaetspruefung(datenbank, Clock.systemUTC());
            pruefung.pruefen(null); // warm-up of JIT and caches, as a daily run in a long-lived service has them
            java.lang.management.ThreadMXBean faden = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuVorher = faden.getCurrentThreadCpuTime();
            Pruefergebnis ergebnis = pruefung.pruefen(null);
            long cpuNanos = faden.getCurrentThreadCpuTime() - cpuVorher;
            assertThat(ergebnis.unversehrt()).isTrue();
            assertThat(ergebnis.ereignisse()).isEqualTo(anzahl);

            System.out.printf("Versiegelung: %,d Ereignisse in %d ms = %,d Ereignisse/s%n", anzahl, siegelNanos / 1_000_000,
                    anzahl * 1_000_000_000L / siegelNanos);
            System.out.printf("Prüfung: %,d Ereignisse in %d ms = %,d Ereignisse/s%n", ergebnis.ereignisse(), ergebnis.dauerMs(),
                    ergebnis.ereignisseProSekunde());
            // the machine may be shared: the load and the CPU time of the verifying thread (reading and hashing) put the figure in context
            System.out.printf("Prüfung: CPU-Zeit des prüfenden Threads %d ms; Systemlast %.1f auf %d Kernen%n", cpuNanos / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
