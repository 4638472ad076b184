package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code kill -9} of the service leaves its embedded PostgreSQL running (the postmaster is a
 * daemon of its own). The next start on the same data directory stops that orphan and starts
 * at the first attempt, with every Fall still there.
 */
class NeustartNachKill9Test {

    private final Path daten = Path.of("target", "test-daten", "kill9-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void nachKill9GelingtDerErsteNeustartUndDieDatenSindDa() throws Exception {
        int port = freierPort();
        Files.createDirectories(daten);
        Process vorgaenger = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                FallbuchApplication.class.getName(),
                "--server.port=" + port, "--fallbuch.data-dir=" + daten))
                .redirectErrorStream(true)
                .redirectOutput(daten.resolve("vorgaenger.log").toFile())
                .start();
        String fallId;
        long orphan;
        try {
            Api mueller = TestApi.als(port, "fm.mueller");
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> TestApi.als(port, null, null).get("/actuator/health").status() == 200);
            fallId = mueller.post("/api/faelle", neuerFall("VorKill9", "Innenstadt")).erwarte(201).feld("fallId");
            mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
            orphan = EingebettetesPostgres.postmasterPid(daten.resolve("postgres")).orElseThrow();
        } finally {
            vorgaenger.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(vorgaenger.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed service's postmaster is still running").hasValue(true);

        long beginn = System.nanoTime();
        try (ConfigurableApplicationContext dienst = new SpringApplicationBuilder(FallbuchApplication.class)
                .run("--server.port=0", "--fallbuch.data-dir=" + daten)) {
            long startMillis = (System.nanoTime() - beginn) / 1_000_000;
            int neuerPort = ((WebServerApplicationContext) dienst).getWebServer().getPort();
            assertThat(TestApi.als(neuerPort, null, null).get("/actuator/health").status()).isEqualTo(200);
            Api.Antwort fall = TestApi.als(neuerPort, "fm.mueller").get("/api/faelle/" + fallId).erwarte(200);
            assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo("VorKill9");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphaned postmaster was stopped").isFalse();
            System.out.printf("KILL9: erster Neustart nach kill -9 gelang in %d ms (verwaistes PostgreSQL %d beendet)%n",
                    startMillis, orphan);
        }
    }

    /** Should the test fail half-way, no postmaster is left running on the test's directory. */
    @AfterEach
    void aufraeumen() {
        if (Files.isDirectory(daten.resolve("postgres"))) {
            EingebettetesPostgres.postmasterPid(daten.resolve("postgres")).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
        }
    }

    private static int freierPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
