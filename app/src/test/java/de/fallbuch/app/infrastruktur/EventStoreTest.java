package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.fall.ErstberatungDokumentiert;
import de.fallbuch.kernel.fall.FallEroeffnet;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event store as a legal record: who did it, readable as JSON, and never changed. */
class EventStoreTest extends IntegrationTest {

    @Autowired
    private EventStore ereignisse;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;

    @Test
    void jedesEreignisTraegtBenutzerRolleUndKorrelationsIdDerAnfrage() {
        Api mueller = als("fm.mueller").mitKopfzeile("X-Correlation-Id", "anfrage-4711");
        String fallId = fallEroeffnen(mueller, "Metadaten", "Innenstadt");
        als("sgl.schmidt").mitKopfzeile("X-Correlation-Id", "anfrage-4712").post("/api/faelle/" + fallId + "/erstberatung",
                Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "Unterlagen")).erwarte(200);

        List<? extends DomainEventMessage<?>> gespeichert = ereignisse.readEvents(fallId).asStream().toList();

        assertThat(gespeichert).hasSize(2);
        assertThat(gespeichert.get(0).getPayload()).isInstanceOf(FallEroeffnet.class);
        assertThat(gespeichert.get(0).getMetaData())
                .containsEntry(Metadaten.BENUTZER, "fm.mueller")
                .containsEntry(Metadaten.ROLLE, "FALLMANAGER")
                .containsEntry(Metadaten.KORRELATIONS_ID, "anfrage-4711");
        assertThat(gespeichert.get(1).getPayload()).isInstanceOf(ErstberatungDokumentiert.class);
        assertThat(gespeichert.get(1).getMetaData())
                .containsEntry(Metadaten.BENUTZER, "sgl.schmidt")
                .containsEntry(Metadaten.ROLLE, "SACHGEBIETSLEITUNG")
                .containsEntry(Metadaten.KORRELATIONS_ID, "anfrage-4712");
        assertThat(gespeichert.get(1).getTimestamp()).isAfterOrEqualTo(gespeichert.get(0).getTimestamp());
    }

    @Test
    void ereignisseSindImDatenbankschemaAlsJsonLesbar() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Jsonlesbar", "Innenstadt");

        Map<String, Object> zeile = jdbc.sql("""
                        SELECT payload::jsonb ->> 'aktenzeichen' AS aktenzeichen,
                               payload::jsonb -> 'person' -> 'nachname' ->> 'schluessel' AS schluessel,
                               payload LIKE '%Jsonlesbar%' AS klartext,
                               meta_data::jsonb ->> 'benutzer' AS benutzer
                        FROM domain_event_entry WHERE aggregate_identifier = :id""")
                .param("id", fallId).query().singleRow();

        assertThat((String) zeile.get("aktenzeichen")).matches("50-\\d{4}-\\d{6}");
        // the name is personal data: stored only encrypted with the Fall's key (docs/datenschutz.md)
        assertThat(zeile).containsEntry("schluessel", fallId).containsEntry("klartext", false).containsEntry("benutzer", "fm.mueller");
    }

    /**
     * The service's runtime role may not even try (DatenbankrechteTest); the trigger stops the owner
     * of the table as well, who could only get past it by disabling it first, visibly.
     */
    @Test
    void dieDatenbankVerweigertAuchDemEigentuemerAendernLoeschenUndLeerenDerEreignistabelle() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Unveraenderlich", "Innenstadt");
        JdbcClient eigentuemer = TestDatenbank.alsEigentuemer(kontext);

        assertThatThrownBy(() -> eigentuemer.sql("UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = :id")
                .param("id", fallId).update())
                .rootCause().hasMessageContaining("Ereignisse sind unveränderlich: UPDATE auf domain_event_entry ist nicht erlaubt");
        assertThatThrownBy(() -> eigentuemer.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", fallId).update())
                .rootCause().hasMessageContaining("Ereignisse sind unveränderlich: DELETE auf domain_event_entry ist nicht erlaubt");
        assertThatThrownBy(() -> eigentuemer.sql("TRUNCATE domain_event_entry").update())
                .rootCause().hasMessageContaining("Ereignisse sind unveränderlich: TRUNCATE auf domain_event_entry ist nicht erlaubt");

        assertThat(eigentuemer.sql("SELECT payload::jsonb ->> 'aktenzeichen' FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", fallId).query(String.class).single()).matches("50-\\d{4}-\\d{6}");
    }
}
