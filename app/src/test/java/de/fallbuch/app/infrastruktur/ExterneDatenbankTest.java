package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * With {@code spring.datasource.url} set the service uses that PostgreSQL server (here one
 * started by the test, standing in for the office's server), brings no database of its own and
 * has no demo users; configured users work.
 */
class ExterneDatenbankTest {

    @Test
    void mitExternerDatenbankGibtEsKeineDemoBenutzerAberKonfigurierte() throws Exception {
        Path datenVerzeichnis = Path.of("target", "test-daten", "extern-" + UUID.randomUUID()).toAbsolutePath();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("geheim");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext dienst = new SpringApplicationBuilder(FallbuchApplication.class).run(
                     "--server.port=0",
                     "--fallbuch.data-dir=" + datenVerzeichnis,
                     "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--fallbuch.datenschutz.hauptschluessel=" + Base64.getEncoder().encodeToString(new byte[32]),
                     "--fallbuch.benutzer[0].name=fm.lange",
                     "--fallbuch.benutzer[0].passwort=" + hash,
                     "--fallbuch.benutzer[0].rolle=FALLMANAGER",
                     "--fallbuch.benutzer[0].dienststellen[0]=Innenstadt")) {
            int port = ((WebServerApplicationContext) dienst).getWebServer().getPort();

            TestApi.als(port, "fm.mueller").get("/api/faelle").erwarte(401);

            Api lange = TestApi.als(port, "fm.lange", "geheim");
            String fallId = lange.post("/api/faelle", neuerFall("Extern", "Innenstadt")).erwarte(201).feld("fallId");

            Long ereignisse = JdbcClient.create(server.getPostgresDatabase())
                    .sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                    .param("id", fallId).query(Long.class).single();
            assertThat(ereignisse).isEqualTo(1L);
            assertThat(Files.exists(datenVerzeichnis.resolve("postgres"))).as("keine eigene Datenbank angelegt").isFalse();
            // one user for everything, as before issue 13: it works, and the service says what it could do
            assertThat(dienst.getBean(Rechtepruefung.class).maengel()).contains("ist Superuser", "besitzt Tabellen",
                    "darf Ereignisse ändern oder löschen");
        }
    }

    /**
     * The recommended setup (README "Datenbankrollen", docker-compose.yml): the administrator creates
     * the owner and the runtime role with docker/postgres-init; migrations run as the owner
     * ({@code spring.flyway.user}), the service as the runtime role, which can change no event.
     */
    @Test
    void mitExternerDatenbankMigriertDerEigentuemerUndDerDienstLaeuftOhneEigentuemerrechte() throws Exception {
        Path datenVerzeichnis = Path.of("target", "test-daten", "extern-" + UUID.randomUUID()).toAbsolutePath();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("geheim");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            rollenWieImComposeSkript(server);
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/fallbuch";
            try (ConfigurableApplicationContext dienst = new SpringApplicationBuilder(FallbuchApplication.class).run(
                    "--server.port=0",
                    "--fallbuch.data-dir=" + datenVerzeichnis,
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=fallbuch_dienst",
                    "--spring.datasource.password=dienst-geheim",
                    "--spring.flyway.user=fallbuch_eigentuemer",
                    "--spring.flyway.password=eigentuemer-geheim",
                    "--fallbuch.datenschutz.hauptschluessel=" + Base64.getEncoder().encodeToString(new byte[32]),
                    "--fallbuch.benutzer[0].name=fm.lange",
                    "--fallbuch.benutzer[0].passwort=" + hash,
                    "--fallbuch.benutzer[0].rolle=FALLMANAGER",
                    "--fallbuch.benutzer[0].dienststellen[0]=Innenstadt")) {
                int port = ((WebServerApplicationContext) dienst).getWebServer().getPort();
                Api lange = TestApi.als(port, "fm.lange", "geheim");
                String fallId = lange.post("/api/faelle", neuerFall("Zweirollen", "Innenstadt")).erwarte(201).feld("fallId");
                lange.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

                JdbcClient dienstrolle = JdbcClient.create(dienst.getBean(javax.sql.DataSource.class));
                assertThat(dienstrolle.sql("SELECT current_user").query(String.class).single()).isEqualTo("fallbuch_dienst");
                assertThat(dienst.getBean(Rechtepruefung.class).maengel()).isEmpty();
                assertThatThrownBy(() -> dienstrolle.sql("UPDATE domain_event_entry SET payload = payload").update())
                        .rootCause().hasMessageContaining("permission denied");
                assertThatThrownBy(() -> dienstrolle.sql("ALTER TABLE domain_event_entry DISABLE TRIGGER ALL").update())
                        .rootCause().hasMessageContaining("must be owner");
                JdbcClient verwaltung = JdbcClient.create(server.getDatabase("postgres", "fallbuch"));
                assertThat(verwaltung.sql("""
                                SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname IN ('public', 'reporting') AND c.relkind IN ('r', 'v', 'S')""")
                        .query(String.class).list()).containsExactly("fallbuch_eigentuemer");
            }
        }
    }

    /** docker/postgres-init/01-fallbuch-rollen.sh, run with psql as the postgres image runs it. */
    private static void rollenWieImComposeSkript(EmbeddedPostgres server) throws Exception {
        JdbcClient.create(server.getPostgresDatabase()).sql("CREATE DATABASE fallbuch").update();
        Path skript = Path.of("..", "docker", "postgres-init", "01-fallbuch-rollen.sh");
        ProcessBuilder psql = new ProcessBuilder("sh", skript.toString()).redirectErrorStream(true);
        psql.environment().putAll(Map.of("POSTGRES_USER", "postgres", "POSTGRES_DB", "fallbuch", "PGHOST", "localhost",
                "PGPORT", Integer.toString(server.getPort()), "FALLBUCH_EIGENTUEMER_PASSWORT", "eigentuemer-geheim",
                "FALLBUCH_DIENST_PASSWORT", "dienst-geheim"));
        Process prozess = psql.start();
        String ausgabe = new String(prozess.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(prozess.waitFor()).as(ausgabe).isZero();
    }

    @Test
    void mitExternerDatenbankStartetDerDienstNichtOhneHauptschluessel() throws Exception {
        Path datenVerzeichnis = Path.of("target", "test-daten", "extern-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(FallbuchApplication.class).run(
                    "--server.port=0",
                    "--fallbuch.data-dir=" + datenVerzeichnis,
                    "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres").close())
                    .rootCause().hasMessageContaining("Kein Hauptschlüssel für den Datenschutz konfiguriert")
                    .hasMessageContaining("FALLBUCH_DATENSCHUTZ_HAUPTSCHLUESSEL");
            assertThat(Files.exists(datenVerzeichnis.resolve("datenschutz"))).as("kein Schlüssel neben der Datenbank erzeugt").isFalse();
        }
    }
}
