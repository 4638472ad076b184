package de.fallbuch.app.betrieb;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Operators see how far each view is behind and rebuild one while the service keeps running. */
class ProjektionenTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void dieAdministrationBautEineAnsichtWaehrendDesBetriebsNeuAufUndSiehtDenFortschritt() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Betrieb", "Innenstadt");
        long version = mueller.post("/api/faelle/" + fallId + "/erstberatung",
                Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x")).erwarte(200).version();
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.version() == version);
        Api admin = als("admin");

        Antwort liste = admin.warteAuf("/api/admin/projektionen", a -> faelle(a.json()).path("rueckstand").asLong(-1) == 0);
        assertThat(faelle(liste.json()).path("laeuft").asBoolean()).isTrue();

        // A damaged view (a faulty migration, a manual fix gone wrong) ...
        jdbc.sql("UPDATE fall_uebersicht SET nachname = 'Verfälscht' WHERE fall_id = :id::uuid").param("id", fallId).update();

        Antwort gestartet = admin.post("/api/admin/projektionen/faelle/neuaufbau", Map.of()).erwarte(202);
        assertThat(gestartet.kopf().firstValue("Location")).contains("/api/admin/projektionen/faelle");

        // Writes go on during the rebuild.
        String waehrenddessen = fallEroeffnen(mueller, "Waehrenddessen", "Innenstadt");

        admin.warteAuf("/api/admin/projektionen/faelle",
                a -> a.json().path("fortschrittProzent").asInt() == 100 && !a.json().path("neuaufbau").asBoolean()
                        && a.json().path("rueckstand").asLong() == 0);
        // ... is whole again after the rebuild from the event store.
        Antwort fall = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo("Betrieb");
        assertThat(fall.version()).isEqualTo(version);
        mueller.warteAuf("/api/faelle/" + waehrenddessen, a -> a.status() == 200);
    }

    @Test
    void nurDieAdministrationDarfAnsichtenNeuAufbauen() {
        als("fm.mueller").post("/api/admin/projektionen/faelle/neuaufbau", Map.of()).erwarte(403);
        als("sgl.schmidt").get("/api/admin/projektionen").erwarte(403);
        assertThat(als("admin").post("/api/admin/projektionen/gibtsnicht/neuaufbau", Map.of()).erwarte(404).feld("code"))
                .isEqualTo("PROJEKTION_UNBEKANNT");
    }

    @Test
    void derRueckstandJederAnsichtIstAlsMetrikUndImGesundheitsstatusSichtbar() {
        Antwort metrik = als("admin").get("/actuator/metrics/fallbuch.projektion.rueckstand?tag=projektion:faelle").erwarte(200);
        assertThat(metrik.json().path("measurements").get(0).path("value").isNumber()).isTrue();

        Antwort gesundheit = als("admin").get("/actuator/health").erwarte(200);
        assertThat(gesundheit.json().path("components").path("projektionen").path("details").has("faelle")).isTrue();
        assertThat(anonym().get("/actuator/health").erwarte(200).json().has("components")).isFalse();
        als("fm.mueller").get("/actuator/metrics").erwarte(403);
    }

    private static JsonNode faelle(JsonNode liste) {
        for (JsonNode stand : liste) {
            if (stand.path("name").asText().equals("faelle")) {
                return stand;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
