package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data across a restart of the service. */
class NeustartTest {

    private final Path daten = Path.of("target", "test-daten", "neustart-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void einFallIstNachEinemNeustartNochDa() {
        String fallId;
        String aktenzeichen;
        try (ConfigurableApplicationContext dienst = starten()) {
            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            Api.Antwort eroeffnet = mueller.post("/api/faelle", neuerFall("Neustart", "Innenstadt")).erwarte(201);
            fallId = eroeffnet.feld("fallId");
            aktenzeichen = eroeffnet.feld("aktenzeichen");
            mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        }

        try (ConfigurableApplicationContext dienst = starten()) {
            Api mueller = TestApi.als(port(dienst), "fm.mueller");
            Api.Antwort fall = mueller.get("/api/faelle/" + fallId).erwarte(200);
            assertThat(fall.feld("aktenzeichen")).isEqualTo(aktenzeichen);
            assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo("Neustart");

            // The running number goes on; an Aktenzeichen is never handed out twice.
            String naechstes = mueller.post("/api/faelle", neuerFall("Danach", "Innenstadt")).erwarte(201).feld("aktenzeichen");
            assertThat(nummer(naechstes)).isEqualTo(nummer(aktenzeichen) + 1);
        }
    }

    private ConfigurableApplicationContext starten() {
        return new SpringApplicationBuilder(FallbuchApplication.class)
                .run("--server.port=0", "--fallbuch.data-dir=" + daten);
    }

    private static int port(ConfigurableApplicationContext dienst) {
        return ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }

    private static int nummer(String aktenzeichen) {
        return Integer.parseInt(aktenzeichen.substring(aktenzeichen.lastIndexOf('-') + 1));
    }
}
