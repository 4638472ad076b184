package de.fallbuch.app.betrieb;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.FallEroeffnet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator handles the events a view could not handle: sees them with the Fall they belong to,
 * sees the view reported as degraded, retries them once the cause is gone, or skips one with a
 * reason that is recorded. A passing cause is provoked as a bug in a view would be (a constraint the
 * projection's insert violates for one particular person), a lasting one as a faulty event.
 */
class DeadLetterBetriebTest extends IntegrationTest {

    private static final String SPERRE = "test_dead_letter_sperre";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;
    @Autowired
    private EventStore ereignisse;

    @AfterEach
    void sperreAufheben() {
        TestDatenbank.alsEigentuemer(kontext).sql("ALTER TABLE fall_uebersicht DROP CONSTRAINT IF EXISTS " + SPERRE).update();
    }

    @Test
    void einZurueckgestelltesEreignisWirdMitAktenzeichenGezeigtUndNachBehebungDerUrsacheErneutVerarbeitet() {
        Api mueller = als("fm.mueller");
        Api admin = als("admin");
        String name = "Gesperrt-" + UUID.randomUUID().toString().substring(0, 8);
        sperren(name);
        Antwort erster = mueller.post("/api/faelle", neuerFall(name, "Innenstadt")).erwarte(201);
        Antwort zweiter = mueller.post("/api/faelle", neuerFall(name, "Innenstadt")).erwarte(201);
        String fallId = erster.feld("fallId");
        String aktenzeichen = erster.feld("aktenzeichen");

        // Listed with its Fall, the event, the error and the attempts.
        JsonNode eintrag = warteAufEintrag(admin, fallId);
        warteAufEintrag(admin, zweiter.feld("fallId"));
        assertThat(eintrag.path("projektion").asText()).isEqualTo("faelle");
        assertThat(eintrag.path("ereignis").asText()).isEqualTo("FallEroeffnet");
        assertThat(eintrag.path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        assertThat(eintrag.path("aggregatSequenz").asLong()).isZero();
        assertThat(eintrag.path("fehlerart").asText()).contains("DataIntegrityViolation");
        assertThat(eintrag.path("fehlermeldung").asText()).contains(SPERRE);
        assertThat(eintrag.path("ersterVersuch").asText()).isNotBlank();
        assertThat(eintrag.path("letzterVersuch").asText()).isNotBlank();
        assertThat(eintrag.path("versuche").asInt()).isEqualTo(1);
        mueller.get("/api/faelle/" + fallId).erwarte(404);

        // Inspected: the event as stored, with who caused it.
        String id = eintrag.path("id").asText();
        Antwort detail = admin.get("/api/admin/dead-letters/faelle/" + id).erwarte(200);
        assertThat(detail.json().path("nutzdaten").path("person").path("nachname").asText()).isEqualTo(name);
        assertThat(detail.json().path("nutzdaten").path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        assertThat(detail.json().path("metadaten").path("benutzer").asText()).isEqualTo("fm.mueller");
        assertThat(detail.json().path("ereignistyp").asText()).isEqualTo("de.fallbuch.kernel.fall.FallEroeffnet");
        // shown decrypted, so the read of the person's data is in the access log
        assertThat(jdbc.sql("SELECT count(*) FROM akteneinsicht WHERE fall_id = :id::uuid AND benutzer = 'admin' AND was = 'DEAD_LETTER'")
                .param("id", fallId).query(Long.class).single()).isEqualTo(1);

        // The view is degraded: in health (HTTP 200, the service works) and in the views' state.
        Antwort gesundheit = admin.get("/actuator/health").erwarte(200);
        assertThat(gesundheit.feld("status")).isEqualTo("DEGRADED");
        JsonNode faelle = gesundheit.json().path("components").path("projektionen").path("details").path("faelle");
        assertThat(texte(faelle.path("aktenzeichen"))).contains(aktenzeichen, zweiter.feld("aktenzeichen"));
        assertThat(anonym().get("/actuator/health").erwarte(200).feld("status")).isEqualTo("DEGRADED");
        JsonNode stand = admin.get("/api/admin/projektionen/faelle").erwarte(200).json();
        assertThat(stand.path("beeintraechtigt").asBoolean()).isTrue();
        assertThat(stand.path("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(texte(stand.path("deadLetterAktenzeichen"))).contains(aktenzeichen);

        // A retry while the cause is still there fails again and is counted.
        Antwort vergeblich = admin.post("/api/admin/dead-letters/faelle/" + id + "/wiederholung", Map.of()).erwarte(200);
        assertThat(vergeblich.json().path("erledigt").asBoolean()).isFalse();
        assertThat(eintrag(admin, fallId).path("versuche").asInt()).isEqualTo(2);

        // The cause removed, the retry brings the Fall into the view.
        sperreAufheben();
        Antwort wiederholt = admin.post("/api/admin/dead-letters/faelle/" + id + "/wiederholung", Map.of()).erwarte(200);
        assertThat(wiederholt.json().path("erledigt").asBoolean()).isTrue();
        assertThat(eintrag(admin, fallId)).isNull();
        assertThat(mueller.get("/api/faelle/" + fallId).erwarte(200).json().path("person").path("nachname").asText()).isEqualTo(name);

        // Retry all: the second one comes in too, the view is whole and health is back.
        Antwort alle = admin.post("/api/admin/dead-letters/faelle/wiederholung", Map.of()).erwarte(200);
        assertThat(alle.json().path("erledigt").asBoolean()).isTrue();
        assertThat(alle.json().path("verbleibend").asLong()).isZero();
        mueller.get("/api/faelle/" + zweiter.feld("fallId")).erwarte(200);
        assertThat(admin.get("/api/admin/projektionen/faelle").erwarte(200).json().path("deadLetters").asLong()).isZero();
        assertThat(admin.get("/actuator/health").erwarte(200).feld("status")).isEqualTo("UP");
    }

    @Test
    void einEreignisWirdNurMitBegruendungUebersprungenUndDasWirdVerzeichnet() {
        Api mueller = als("fm.mueller");
        Api admin = als("admin");
        // An event no view can ever handle, written past the command side (as a bug or a bad
        // migration might): the Fall view requires the person's concern, this event has none.
        UUID fallId = UUID.randomUUID();
        String aktenzeichen = "50-1998-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ereignisse.publish(new GenericDomainEventMessage<>("Fall", fallId.toString(), 0, new FallEroeffnet(fallId, aktenzeichen,
                new Person("Ohne", "Anliegen", LocalDate.of(1990, 1, 1), null), "Innenstadt", "fm.mueller", null, LocalDate.now())));
        JsonNode eintrag = warteAufEintrag(admin, fallId.toString());
        assertThat(eintrag.path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        String id = eintrag.path("id").asText();
        String pfad = "/api/admin/dead-letters/faelle/" + id + "/ueberspringen";
        assertThat(admin.get("/actuator/health").erwarte(200).feld("status")).isEqualTo("DEGRADED");

        // Only the Administration, and only with a reason.
        mueller.get("/api/admin/dead-letters").erwarte(403);
        mueller.post(pfad, Map.of("grund", "Weil")).erwarte(403);
        mueller.post("/api/admin/dead-letters/faelle/" + id + "/wiederholung", Map.of()).erwarte(403);
        assertThat(admin.post(pfad, Map.of()).erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        Antwort leer = admin.post(pfad, Map.of("grund", "   ")).erwarte(400);
        assertThat(leer.feld("detail")).contains("warum");
        assertThat(leer.kopf().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(admin.post("/api/admin/dead-letters/faelle/gibtsnicht/ueberspringen", Map.of("grund", "x")).erwarte(404).feld("code"))
                .isEqualTo("DEAD_LETTER_UNBEKANNT");
        assertThat(admin.get("/api/admin/dead-letters/gibtsnicht").erwarte(404).feld("code")).isEqualTo("PROJEKTION_UNBEKANNT");
        assertThat(eintrag(admin, fallId.toString())).isNotNull();

        String grund = "Ereignis ohne Anliegen, nicht darstellbar; Akte wird aus dem Papierbestand geführt.";
        Antwort uebersprungen = admin.post(pfad, Map.of("grund", grund)).erwarte(200);
        assertThat(uebersprungen.feld("benutzer")).isEqualTo("admin");
        assertThat(uebersprungen.json().path("eintrag").path("aktenzeichen").asText()).isEqualTo(aktenzeichen);

        Map<String, Object> verzeichnet = jdbc.sql("SELECT * FROM dead_letter_uebersprungen WHERE dead_letter_id = :id")
                .param("id", id).query().singleRow();
        assertThat(verzeichnet).containsEntry("benutzer", "admin").containsEntry("grund", grund).containsEntry("projektion", "faelle")
                .containsEntry("ereignis_id", eintrag.path("ereignisId").asText())
                .containsEntry("ereignistyp", "de.fallbuch.kernel.fall.FallEroeffnet")
                .containsEntry("aggregat_id", fallId.toString()).containsEntry("aktenzeichen", aktenzeichen);
        assertThat(verzeichnet.get("uebersprungen_am")).isNotNull();
        assertThat((String) verzeichnet.get("fehlermeldung")).contains("anliegen");
        // The record cannot be rewritten afterwards: the service may not even try, the owner is stopped by the trigger.
        assertThatThrownBy(() -> jdbc.sql("UPDATE dead_letter_uebersprungen SET grund = 'anders' WHERE dead_letter_id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("permission denied for table dead_letter_uebersprungen");
        assertThatThrownBy(() -> TestDatenbank.alsEigentuemer(kontext)
                .sql("UPDATE dead_letter_uebersprungen SET grund = 'anders' WHERE dead_letter_id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("Übersprungene Ereignisse bleiben verzeichnet");

        assertThat(eintrag(admin, fallId.toString())).isNull();
        assertThat(admin.get("/api/admin/projektionen/faelle").erwarte(200).json().path("beeintraechtigt").asBoolean()).isFalse();
        assertThat(admin.get("/actuator/health").erwarte(200).feld("status")).isEqualTo("UP");
        mueller.get("/api/faelle/" + fallId).erwarte(404);

        // A rebuild meets the event again: it still fails and stays skipped on the recorded decision.
        admin.post("/api/admin/projektionen/faelle/neuaufbau", Map.of()).erwarte(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode stand = admin.get("/api/admin/projektionen/faelle").erwarte(200).json();
            assertThat(stand.path("fortschrittProzent").asInt()).isEqualTo(100);
            assertThat(stand.path("neuaufbau").asBoolean()).isFalse();
            assertThat(stand.path("rueckstand").asLong()).isZero();
        });
        assertThat(admin.get("/api/admin/dead-letters/faelle").erwarte(200).json().path("anzahl").asLong()).isZero();
        assertThat(admin.get("/actuator/health").erwarte(200).feld("status")).isEqualTo("UP");
    }

    private void sperren(String nachname) {
        TestDatenbank.alsEigentuemer(kontext).sql("ALTER TABLE fall_uebersicht ADD CONSTRAINT " + SPERRE + " CHECK (nachname <> '" + nachname + "')").update();
    }

    private JsonNode warteAufEintrag(Api admin, String aggregatId) {
        admin.warteAuf("/api/admin/dead-letters/faelle", a -> finde(a.json(), aggregatId) != null);
        return eintrag(admin, aggregatId);
    }

    private JsonNode eintrag(Api admin, String aggregatId) {
        return finde(admin.get("/api/admin/dead-letters/faelle").erwarte(200).json(), aggregatId);
    }

    private static JsonNode finde(JsonNode projektion, String aggregatId) {
        for (JsonNode e : projektion.path("eintraege")) {
            if (aggregatId.equals(e.path("aggregatId").asText())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> texte(JsonNode liste) {
        List<String> texte = new ArrayList<>();
        liste.forEach(t -> texte.add(t.asText()));
        return texte;
    }
}
