package de.fallbuch.app.datenschutz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Berichtigung puts the person's old and new data into one more event (and the Verlauf shows
 * "alt → neu"). After erasure neither the old nor the new values are anywhere in the database, the
 * Verlauf keeps the correction's entries with "[gelöscht]", and a full replay of every view shows the same.
 */
class BerichtigungLoeschungTest extends IntegrationTest {

    /** The person's data before and after the corrections: names, streets, birth dates in both spellings. */
    private static final List<String> SPUREN = List.of("Okmijnuhb", "Rfvtgbzhn", "Wsxedcrfv", "Altgassenweg", "Neugassenpfad",
            "1962-08-23", "23.08.1962", "1963-08-23", "23.08.1963");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private ApplicationContext kontext;

    @Test
    void nachDerLoeschungSindAlteUndNeueAngabenNirgendsMehrUndDerVerlaufBehaeltDieBerichtigung() {
        Api mueller = als("fm.mueller");
        Api schmidt = als("sgl.schmidt");
        String fallId = mueller.post("/api/faelle", Map.of(
                "person", Map.of("vorname", "Okmijnuhb", "nachname", "Rfvtgbzhn", "geburtsdatum", "1962-08-23",
                        "anschrift", Map.of("strasse", "Altgassenweg 3", "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Mietschulden")).erwarte(201).feld("fallId");
        String pfad = "/api/faelle/" + fallId;
        mueller.post(pfad + "/personendaten", Map.of("version", 0, "art", "BERICHTIGUNG", "grund", "Geburtsurkunde vorgelegt",
                "person", Map.of("vorname", "Okmijnuhb", "nachname", "Wsxedcrfv", "geburtsdatum", "1963-08-23",
                        "anschrift", Map.of("strasse", "Altgassenweg 3", "plz", "48143", "ort", "Münster")))).erwarte(200);
        mueller.post(pfad + "/personendaten", Map.of("version", 1, "art", "AKTUALISIERUNG", "gueltigAb", uhr.heute().toString(),
                "grund", "Umzug mitgeteilt",
                "person", Map.of("vorname", "Okmijnuhb", "nachname", "Wsxedcrfv", "geburtsdatum", "1963-08-23",
                        "anschrift", Map.of("strasse", "Neugassenpfad 9", "plz", "48153", "ort", "Münster")))).erwarte(200);
        mueller.post(pfad + "/abschluss", Map.of("version", 2, "grund", "UMZUG")).erwarte(200);
        JsonNode verlaufVorher = mueller.warteAuf(pfad + "/verlauf", a -> a.json().size() == 4).json();
        assertThat(verlaufVorher.get(1).path("satz").asText()).isEqualTo("Personendaten berichtigt: Nachname „Rfvtgbzhn“ → „Wsxedcrfv“; "
                + "Geburtsdatum „23.08.1962“ → „23.08.1963“");
        mueller.warteAuf(pfad, a -> a.version() == 3);
        assertThat(fundstellen()).as("vor der Löschung: alte und neue Angaben in den Ansichten, in keinem Ereignis")
                .anySatisfy(f -> assertThat(f).startsWith("public.fall_uebersicht.nachname (Wsxedcrfv)"))
                .anySatisfy(f -> assertThat(f).startsWith("public.verlauf_eintrag.satz (Rfvtgbzhn)"))
                .noneSatisfy(f -> assertThat(f).startsWith("public.domain_event_entry."));

        // Just past the six years of retention, and less far than LoeschungTest moves the clock: the daily
        // Löschvorschläge job, shared by all tests of this context, reschedules itself from the moved clock and
        // must still fall due when that test moves it.
        uhr.vorstellen(Duration.ofDays(6 * 366 + 2));
        schmidt.post(pfad + "/loeschung", Map.of("rechtsgrundlage", "§ 84 Abs. 2 SGB X", "begruendung", "Aufbewahrungsfrist abgelaufen"))
                .erwarte(200);

        JsonNode verlauf = mueller.warteAuf(pfad + "/verlauf", a -> a.json().size() == 5 && a.text().contains("[gelöscht]")).json();
        assertThat(verlauf.get(1).path("satz").asText()).isEqualTo("Personendaten berichtigt: Nachname „[gelöscht]“ → „[gelöscht]“; "
                + "Geburtsdatum „[gelöscht]“ → „[gelöscht]“");
        assertThat(verlauf.get(1).path("begruendung").asText()).isEqualTo("[gelöscht]");
        assertThat(verlauf.get(1).path("benutzer").asText()).isEqualTo("fm.mueller");
        assertThat(verlauf.get(2).path("satz").asText()).startsWith("Personendaten aktualisiert, gültig ab ")
                .endsWith(": Anschrift „[gelöscht]“ → „[gelöscht]“");
        JsonNode fall = mueller.warteAuf(pfad, a -> a.text().contains("[gelöscht]")).json();
        assertThat(fall.path("person").path("nachname").asText()).isEqualTo("[gelöscht]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fundstellen()).isEmpty());
        // nothing to correct any more
        assertThat(mueller.post(pfad + "/personendaten", Map.of("version", fall.path("version").asLong(), "art", "BERICHTIGUNG",
                "grund", "x", "person", Map.of("vorname", "A", "nachname", "B", "geburtsdatum", "1963-08-23"))).erwarte(422).feld("code"))
                .isEqualTo("PERSONENDATEN_GELOESCHT");

        // a full replay of every view shows the same and brings nothing back
        List<StreamingEventProcessor> prozessoren = verarbeitung.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        prozessoren.forEach(StreamingEventProcessor::shutDown);
        prozessoren.forEach(StreamingEventProcessor::resetTokens);
        prozessoren.forEach(StreamingEventProcessor::start);
        String verlaufNachher = verlauf.toString();
        mueller.warteAuf(pfad + "/verlauf", a -> a.json().toString().equals(verlaufNachher));
        mueller.warteAuf(pfad, a -> a.json().equals(fall));
        assertThat(fundstellen()).isEmpty();
    }

    /**
     * Every text-like column of every table (as in {@link LoeschungTest}) in which one of the traces occurs:
     * {@code schema.table.column (trace)}.
     */
    private List<String> fundstellen() {
        return Fundstellen.von(kontext, SPUREN);
    }
}
