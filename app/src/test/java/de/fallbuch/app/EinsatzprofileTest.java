package de.fallbuch.app;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.query.QuerySide;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profiles an office scales out with (README "Instances"): a {@code command} instance and a
 * {@code query} instance, each its own SpringApplication, on one PostgreSQL (a server started by the
 * test, standing in for the office's). The command instance accepts a Fall and runs no projection;
 * the query instance builds the Fall's view from the shared event store and serves it, and accepts
 * no command.
 */
class EinsatzprofileTest {

    private static final String HAUPTSCHLUESSEL = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void befehlsUndAbfrageinstanzStartenUndTeilenSichDieArbeit() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            JdbcClient datenbank = JdbcClient.create(server.getPostgresDatabase());
            try (ConfigurableApplicationContext befehle = starten(server, Einsatzprofil.COMMAND);
                 ConfigurableApplicationContext abfragen = starten(server, Einsatzprofil.QUERY)) {
                Api schreiber = TestApi.als(port(befehle), "fm.mueller");
                Api leser = TestApi.als(port(abfragen), "fm.mueller");
                for (ConfigurableApplicationContext instanz : new ConfigurableApplicationContext[] {befehle, abfragen}) {
                    Api.Antwort gesundheit = TestApi.als(port(instanz), null, null).get("/actuator/health").erwarte(200);
                    assertThat(gesundheit.feld("status")).isEqualTo("UP");
                }

                // command: accepts the act, runs no projection, serves no view and no UI
                String fallId = schreiber.post("/api/faelle", neuerFall("Profilprobe", "Innenstadt")).erwarte(201).feld("fallId");
                assertThat(befehle.getBeanNamesForType(QuerySide.class)).isEmpty();
                assertThat(streamendeProzessoren(befehle)).as("projections on a command instance").isEmpty();
                assertThat(schreiber.get("/api/faelle/" + fallId).status()).isEqualTo(404);
                assertThat(TestApi.als(port(befehle), null, null).get("/login").status()).isEqualTo(404);

                // query: the view of the Fall written by the other instance, read here
                Api.Antwort fall = leser.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
                assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo("Profilprobe");
                assertThat(streamendeProzessoren(abfragen)).contains("faelle", "arbeitskorb", "verlauf", "antraege",
                        "hilfevereinbarungen", "kennzahlen");
                assertThat(datenbank.sql("SELECT DISTINCT processor_name FROM token_entry").query(String.class).list())
                        .contains("faelle", "kennzahlen");

                // query: accepts no command, stores nothing, and says why
                long vorher = ereignisse(datenbank);
                Api.Antwort abgewiesen = leser.post("/api/faelle", neuerFall("Abgewiesen", "Innenstadt")).erwarte(404);
                assertThat(abgewiesen.kopf().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(abgewiesen.feld("code")).isEqualTo("NUR_LESEINSTANZ");
                assertThat(abgewiesen.feld("detail")).contains("nimmt keine Änderungen an");
                Api.Antwort aufFall = leser.post("/api/faelle/" + fallId + "/beratungen",
                        Map.of("version", 0, "thema", "Miete", "inhalt", "Gespräch")).erwarte(404);
                assertThat(aufFall.feld("code")).isEqualTo("NUR_LESEINSTANZ");
                assertThat(ereignisse(datenbank)).isEqualTo(vorher);
                assertThat(abfragen.getBeanNamesForType(org.axonframework.modelling.command.Repository.class))
                        .as("no aggregate repository on a query instance").isEmpty();
                assertThat(TestApi.als(port(abfragen), null, null).get("/login").status()).isEqualTo(404);
                // who may not write at all is still told so by the security rules first
                assertThat(TestApi.als(port(abfragen), null, null).post("/api/faelle", neuerFall("X", "Innenstadt")).status())
                        .isEqualTo(401);
            }
        }
    }

    private static ConfigurableApplicationContext starten(EmbeddedPostgres server, String profil) {
        Path daten = Path.of("target", "test-daten", profil + "-" + UUID.randomUUID()).toAbsolutePath();
        return new SpringApplicationBuilder(FallbuchApplication.class).profiles(profil).run(
                "--server.port=0",
                "--fallbuch.data-dir=" + daten,
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--fallbuch.datenschutz.hauptschluessel=" + HAUPTSCHLUESSEL,
                "--fallbuch.demo-users=true");
    }

    private static int port(ConfigurableApplicationContext instanz) {
        return ((WebServerApplicationContext) instanz).getWebServer().getPort();
    }

    private static java.util.List<String> streamendeProzessoren(ConfigurableApplicationContext instanz) {
        return instanz.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(p -> p.getName()).toList();
    }

    private static long ereignisse(JdbcClient datenbank) {
        return datenbank.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
