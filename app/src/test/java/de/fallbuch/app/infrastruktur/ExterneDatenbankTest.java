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
        }
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
