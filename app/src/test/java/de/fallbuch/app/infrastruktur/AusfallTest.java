package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes away under load and comes back: the service answers honestly (503
 * problem+json with Retry-After within seconds, health DOWN, the UI's German page, never a 500),
 * recovers by itself, and every write it acknowledged is in the event store and in the views.
 * Also: the embedded PostgreSQL, killed while the service runs, is started again by the service.
 */
class AusfallTest {

    private static final int SCHREIBER = 4;

    private final Path daten = Path.of("target", "test-daten", "ausfall-" + UUID.randomUUID()).toAbsolutePath();

    /** One acknowledged (2xx) write: the event with this sequence number must exist. */
    private record Bestaetigt(String fallId, long version) {
    }

    /** Anything but 2xx or the honest 503: a failure of this test. */
    private record Unerwartet(int status, String text) {
    }

    @Test
    void unterLastGestopptesPostgresGibt503UndDanachFehltNichts() throws Exception {
        int pgPort = freierPort();
        try (ConfigurableApplicationContext dienst = starten(pgPort, "PT0S")) {
            int port = port(dienst);
            Api mueller = TestApi.als(port, "fm.mueller");
            Api anonym = TestApi.als(port, null, null);
            EingebettetesPostgres postgres = dienst.getBean(EingebettetesPostgres.class);
            // The bounded waits of application.yml reach the embedded database's pool too.
            HikariDataSource pool = dienst.getBean(HikariDataSource.class);
            assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
            assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2").containsEntry("socketTimeout", "300");

            Last last = new Last(mueller);
            List<Bestaetigt> bestaetigt = last.bestaetigt;
            List<Unerwartet> unerwartet = last.unerwartet;
            ExecutorService schreiber = Executors.newFixedThreadPool(SCHREIBER);
            for (int i = 0; i < SCHREIBER; i++) {
                int nummer = i;
                schreiber.submit(() -> last.schreiben("Last" + nummer));
            }

            // A few seconds of load (the first requests of a fresh service are slow).
            await().atMost(Duration.ofSeconds(30)).until(() -> bestaetigt.size() >= 20 || !unerwartet.isEmpty());
            pause(1000);
            assertThat(unerwartet).as("Antworten vor dem Ausfall").isEmpty();
            int vorDemAusfall = bestaetigt.size();

            // Stop PostgreSQL as an operator would ("pg_ctl stop -m fast" sends SIGINT).
            long pid = EingebettetesPostgres.postmasterPid(daten.resolve("postgres")).orElseThrow();
            long stopp = System.nanoTime();
            signal("INT", pid);
            await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).isEmpty());

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> last.erste503.get() != 0);
            long bis503 = (last.erste503.get() - stopp) / 1_000_000;

            long gesundheitGefragt = System.nanoTime();
            Api.Antwort gesundheit = anonym.get("/actuator/health");
            long gesundheitMillis = (System.nanoTime() - gesundheitGefragt) / 1_000_000;
            assertThat(gesundheit.status()).as(gesundheit.text()).isEqualTo(503);
            assertThat(gesundheit.feld("status")).isEqualTo("DOWN");
            // Two indicators (db, projektionen) each wait out the pool's connection-timeout of 2 s.
            assertThat(gesundheitMillis).as("Health DOWN in ms").isLessThanOrEqualTo(8000);

            Api.Antwort lesen = mueller.get("/api/faelle?fallmanager=fm.mueller");
            assertThat(ehrliches503(lesen)).as("Lesen während des Ausfalls: %s", lesen.text()).isTrue();
            assertThat(lesen.feld("detail")).contains("vorübergehend nicht erreichbar", "Es wurde nichts gespeichert.");

            Api.Antwort seite = mueller.mitKopfzeile("Accept", "text/html").get("/arbeitskorb");
            assertThat(seite.status()).isEqualTo(503);
            assertThat(seite.kopf().firstValue("Retry-After")).hasValue("5");
            assertThat(seite.text()).contains("Fallbuch ist vorübergehend nicht erreichbar", "Seite neu laden");

            pause(1000);
            long neustart = System.nanoTime();
            postgres.neuStarten();
            int beimNeustart = bestaetigt.size();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> bestaetigt.size() > beimNeustart);
            long bisWiederGeschrieben = (System.nanoTime() - neustart) / 1_000_000;
            pause(2000);
            last.weiter.set(false);
            schreiber.shutdown();
            assertThat(schreiber.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(unerwartet).as("Antworten außer 2xx und 503 (kein 500!)").isEmpty();
            assertThat(last.antworten503.get()).isGreaterThan(0);
            assertThat(bis503).as("Zeit bis zur ersten 503-Antwort in ms").isLessThanOrEqualTo(5000);
            assertThat(last.laengste503Millis.get()).as("längste Wartezeit auf eine 503-Antwort in ms").isLessThanOrEqualTo(5000);

            // Nothing lost: every acknowledged write is in the event store ...
            JdbcClient sql = JdbcClient.create(TestDatenbank.superuser(daten, pgPort));
            for (Bestaetigt b : List.copyOf(bestaetigt)) {
                assertThat(sql.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                        .params(b.fallId(), b.version()).query(Long.class).single())
                        .as("Ereignis %s von Fall %s", b.version(), b.fallId()).isEqualTo(1L);
            }
            // ... and the views catch up by themselves.
            long ansichtenGefragt = System.nanoTime();
            Map<String, Long> hoechsteVersion = new ConcurrentHashMap<>();
            List.copyOf(bestaetigt).forEach(b -> hoechsteVersion.merge(b.fallId(), b.version(), Math::max));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                for (Map.Entry<String, Long> fall : hoechsteVersion.entrySet()) {
                    Api.Antwort ansicht = mueller.get("/api/faelle/" + fall.getKey());
                    assertThat(ansicht.status()).as(ansicht.text()).isEqualTo(200);
                    assertThat(ansicht.version()).isGreaterThanOrEqualTo(fall.getValue());
                    assertThat(ansicht.json().path("anzahlBeratungsgespraeche").asInt())
                            .isGreaterThanOrEqualTo(last.beratungen.getOrDefault(fall.getKey(), 0));
                }
            });
            long ansichtenMillis = (System.nanoTime() - ansichtenGefragt) / 1_000_000;
            await().atMost(Duration.ofSeconds(30)).until(() -> anonym.get("/actuator/health").status() == 200);
            Api.Antwort projektionen = TestApi.als(port, "admin").get("/api/admin/projektionen").erwarte(200);
            projektionen.json().forEach(p -> assertThat(p.path("fehler").asBoolean()).as(p.toString()).isFalse());

            System.out.printf("AUSFALL: %d Schreibungen bestätigt (%d vor dem Ausfall), %d x 503; erste 503 %d ms nach dem Stopp, "
                            + "längste 503-Antwortzeit %d ms, Health DOWN in %d ms; erste bestätigte Schreibung %d ms nach dem Neustart, "
                            + "Ansichten danach in %d ms aktuell%n",
                    bestaetigt.size(), vorDemAusfall, last.antworten503.get(), bis503, last.laengste503Millis.get(), gesundheitMillis,
                    bisWiederGeschrieben, ansichtenMillis);
        }
    }

    @Test
    void stirbtDasEingebettetePostgresStartetDerDienstEsNeu() throws Exception {
        try (ConfigurableApplicationContext dienst = starten(0, "PT1S")) {
            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            String vorher = mueller.post("/api/faelle", neuerFall("VorDemAbsturz", "Innenstadt")).erwarte(201).feld("fallId");

            long pid = EingebettetesPostgres.postmasterPid(daten.resolve("postgres")).orElseThrow();
            long absturz = System.nanoTime();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL: a crash, no clean shutdown
            String danach = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Api.Antwort antwort = mueller.post("/api/faelle", neuerFall("NachDemAbsturz", "Innenstadt"));
                assertThat(antwort.status()).as(antwort.text()).isIn(201, 503);
                return antwort.feld("fallId");
            }, id -> id != null);
            long bisWiederDa = (System.nanoTime() - absturz) / 1_000_000;

            assertThat(EingebettetesPostgres.postmasterPid(daten.resolve("postgres"))).isPresent().get().isNotEqualTo(pid);
            mueller.warteAuf("/api/faelle/" + vorher, a -> a.status() == 200);
            mueller.warteAuf("/api/faelle/" + danach, a -> a.status() == 200);
            System.out.printf("ABSTURZ: eingebettetes PostgreSQL nach SIGKILL in %d ms wieder schreibbar (Prüfintervall 1 s)%n", bisWiederDa);
        }
    }

    /**
     * Writers that open Fälle and record Beratungen until told to stop, each on its own Fall, and
     * remember every acknowledged write and every answer that is neither 2xx nor the honest 503.
     */
    private static final class Last {

        final List<Bestaetigt> bestaetigt = Collections.synchronizedList(new ArrayList<>());
        final List<Unerwartet> unerwartet = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> beratungen = new ConcurrentHashMap<>();
        final AtomicInteger antworten503 = new AtomicInteger();
        final AtomicLong erste503 = new AtomicLong();
        final AtomicLong laengste503Millis = new AtomicLong();
        final AtomicBoolean weiter = new AtomicBoolean(true);
        private final Api api;

        Last(Api api) {
            this.api = api;
        }

        void schreiben(String nachname) {
            String fallId = null;
            long version = -1;
            while (weiter.get()) {
                try {
                    long beginn = System.nanoTime();
                    Api.Antwort antwort;
                    if (fallId == null) {
                        antwort = api.post("/api/faelle", neuerFall(nachname, "Innenstadt"));
                    } else if (version == 0) {
                        antwort = api.post("/api/faelle/" + fallId + "/erstberatung",
                                Map.of("version", version, "anliegen", "Mietschulden", "ersteSchritte", "Vermieter anrufen"));
                    } else {
                        antwort = api.post("/api/faelle/" + fallId + "/beratungen",
                                Map.of("version", version, "thema", "Miete", "inhalt", "Gespräch während der Last"));
                    }
                    long dauer = (System.nanoTime() - beginn) / 1_000_000;
                    if (antwort.status() == 201 || antwort.status() == 200) {
                        if (fallId == null) {
                            fallId = antwort.feld("fallId");
                        } else if (version > 0) {
                            beratungen.merge(fallId, 1, Integer::sum);
                        }
                        version = antwort.version();
                        bestaetigt.add(new Bestaetigt(fallId, version));
                        if (version >= 4) {
                            fallId = null; // a new Fall every few writes: openings and Beratungen alike
                        }
                    } else if (ehrliches503(antwort)) {
                        antworten503.incrementAndGet();
                        erste503.compareAndSet(0, System.nanoTime());
                        laengste503Millis.accumulateAndGet(dauer, Math::max);
                        fallId = null; // its version is uncertain now; go on with a new Fall
                        pause(200);
                    } else {
                        unerwartet.add(new Unerwartet(antwort.status(), antwort.text()));
                        fallId = null;
                        pause(200);
                    }
                } catch (RuntimeException e) {
                    unerwartet.add(new Unerwartet(-1, e.toString()));
                    pause(200);
                }
            }
        }
    }

    private ConfigurableApplicationContext starten(int pgPort, String pruefintervall) {
        return new SpringApplicationBuilder(FallbuchApplication.class).run("--server.port=0", "--fallbuch.data-dir=" + daten,
                "--fallbuch.embedded-postgres-port=" + pgPort, "--fallbuch.embedded-postgres-pruefintervall=" + pruefintervall);
    }

    private static boolean ehrliches503(Api.Antwort antwort) {
        return antwort.status() == 503
                && antwort.kopf().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && antwort.kopf().firstValue("Retry-After").orElse("").equals("5")
                && "DATENBANK_NICHT_ERREICHBAR".equals(antwort.feld("code"));
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
    }

    private static int freierPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int port(ConfigurableApplicationContext dienst) {
        return ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
