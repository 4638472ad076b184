package de.fallbuch.query;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view can be thrown away and rebuilt from the event store alone, with exactly the same
 * content: each read-model table is cleared by its projector's reset and refilled by the replay.
 */
class AlleAnsichtenNeuaufbauTest extends IntegrationTest {

    /** Tables that are not views built from events: the event store itself, write-side registers, reference data, logs. */
    private static final Set<String> KEINE_ANSICHTEN = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "scheduled_tasks", "aktenzeichen_zaehler",
            "fall_register", "antrag_register", "hilfevereinbarung_register", "akteneinsicht", "bevoelkerung", "bevoelkerung_ladung",
            "datenschutz_schluessel", "aufbewahrung_fall", "dead_letter_uebersprungen",
            // the seal over the event store (issue 13), not a view
            "siegel_kette", "tagessiegel", "integritaet_pruefung",
            // the instances sharing the views' segments (signs of life), not a view
            "verarbeitungsinstanz",
            // the template versions documents were issued from (issue 16), append-only, not a view
            "dokumentvorlage");

    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void jedeAnsichtWirdAusDemEventStoreIdentischNeuAufgebaut() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Neuaufbau-Alle", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "x")).erwarte(200);
        String antrag = mueller.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", uhr.heute())).erwarte(201).feld("antragId");
        mueller.post("/api/antraege/" + antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
        String vereinbarung = inKraftSetzen(mueller, fallId);
        mueller.warteAuf("/api/hilfevereinbarungen/" + vereinbarung, a -> a.version() == 3);
        mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.json().size() == 8);
        // A Berichtigung of the person's data (Art. 16 DSGVO): views, Verlauf and Arbeitskorb follow it, a replay too.
        long fallVersion = mueller.get("/api/faelle/" + fallId).erwarte(200).version();
        mueller.post("/api/faelle/" + fallId + "/personendaten", Map.of("version", fallVersion, "art", "BERICHTIGUNG", "grund", "Ausweis",
                "person", Map.of("vorname", "Anne", "nachname", "Neuaufbau-Berichtigt", "geburtsdatum", "1981-05-01"))).erwarte(200);
        // Every view has caught up with the store before its content is taken as the reference.
        als("admin").warteAuf("/api/admin/projektionen", a -> {
            for (com.fasterxml.jackson.databind.JsonNode p : a.json()) {
                if (p.path("rueckstand").asLong() != 0) {
                    return false;
                }
            }
            return true;
        });

        List<String> tabellen = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway_%'
                        ORDER BY table_name""")
                .query(String.class).list().stream().filter(t -> !KEINE_ANSICHTEN.contains(t)).toList();
        assertThat(tabellen).contains("fall_uebersicht", "verlauf_eintrag", "arbeitskorb_frist", "antrag_uebersicht",
                "antrag_entscheidung", "hilfevereinbarung_fassung");
        Map<String, List<String>> vorher = inhalte(tabellen);

        List<StreamingEventProcessor> prozessoren = verarbeitung.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        prozessoren.forEach(StreamingEventProcessor::shutDown);
        prozessoren.forEach(StreamingEventProcessor::resetTokens);
        for (String tabelle : tabellen) {
            assertThat(anzahl(tabelle)).as("%s wird beim Zurücksetzen geleert", tabelle).isZero();
        }
        prozessoren.forEach(StreamingEventProcessor::start);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(unterschiede(vorher, inhalte(tabellen))).as("Zeilen, die nach dem Neuaufbau fehlen (-) oder hinzukamen (+)").isEmpty());
    }

    /** Every row of every view as text, sorted, so a difference names the rows. */
    private Map<String, List<String>> inhalte(List<String> tabellen) {
        Map<String, List<String>> inhalte = new TreeMap<>();
        for (String tabelle : tabellen) {
            inhalte.put(tabelle, jdbc.sql("SELECT t::text FROM " + tabelle + " t ORDER BY 1").query(String.class).list());
        }
        return inhalte;
    }

    private static Map<String, List<String>> unterschiede(Map<String, List<String>> vorher, Map<String, List<String>> nachher) {
        Map<String, List<String>> unterschiede = new TreeMap<>();
        vorher.forEach((tabelle, zeilen) -> {
            List<String> danach = nachher.getOrDefault(tabelle, List.of());
            List<String> diff = new java.util.ArrayList<>();
            zeilen.stream().filter(z -> !danach.contains(z)).forEach(z -> diff.add("- " + z));
            danach.stream().filter(z -> !zeilen.contains(z)).forEach(z -> diff.add("+ " + z));
            if (!diff.isEmpty()) {
                unterschiede.put(tabelle, diff);
            }
        });
        return unterschiede;
    }

    private long anzahl(String tabelle) {
        return jdbc.sql("SELECT count(*) FROM " + tabelle).query(Long.class).single();
    }
}
