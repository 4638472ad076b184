package de.fallbuch.command.hilfevereinbarung;

import static de.fallbuch.app.HilfevereinbarungTestdaten.HEUTE;
import static de.fallbuch.app.HilfevereinbarungTestdaten.entwerfen;
import static de.fallbuch.app.HilfevereinbarungTestdaten.entwurf;
import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/** Closing a Fall ends its open Hilfevereinbarungen, in the same transaction; a closed Fall takes no new one. */
class FallabschlussBeendetHilfevereinbarungenTest extends IntegrationTest {

    @Autowired
    private EventStore ereignisse;
    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private PlatformTransactionManager transaktionen;
    @Autowired
    private DataSource datenquelle;

    @Test
    void derAbschlussDesFallsBeendetEntwuerfeUndGeltendeHilfevereinbarungenUndLaesstBeendeteInRuhe() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Abschluss", "Innenstadt");
        String entwurf = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        String geltend = inKraftSetzen(mueller, fallId);
        String abgebrochen = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        mueller.post("/api/hilfevereinbarungen/" + abgebrochen + "/beendigung",
                Map.of("version", 0, "grund", "ABGEBROCHEN", "bemerkung", "Person lehnt ab")).erwarte(200);

        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME")).erwarte(200);

        // Already ended when the closing answered: the write model knows it at once.
        Antwort spaeter = mueller.post("/api/hilfevereinbarungen/" + geltend + "/ueberpruefung",
                Map.of("version", 4, "ergebnis", "x", "naechsterTermin", HEUTE.plusMonths(1).toString())).erwarte(422);
        assertThat(spaeter.feld("detail"))
                .isEqualTo("Die Hilfevereinbarung ist beendet (mit dem Abschluss des Falls beendet); es kann nichts mehr eingetragen werden.");

        for (String id : List.of(entwurf, geltend)) {
            Antwort ansicht = mueller.warteAuf("/api/hilfevereinbarungen/" + id, a -> "BEENDET".equals(a.feld("status")));
            assertThat(ansicht.feld("beendigungsgrund")).isEqualTo("FALL_ABGESCHLOSSEN");
            assertThat(ansicht.feld("beendetAm")).isEqualTo(HEUTE.toString());
        }
        Antwort entwurfsansicht = mueller.get("/api/hilfevereinbarungen/" + entwurf).erwarte(200);
        assertThat(entwurfsansicht.json().path("fassungen").findValuesAsText("status")).containsExactly("NICHT_IN_KRAFT_GETRETEN");
        assertThat(mueller.get("/api/hilfevereinbarungen/" + abgebrochen).erwarte(200).feld("beendigungsgrund")).isEqualTo("ABGEBROCHEN");
        assertThat(ereignisse.readEvents(abgebrochen).asStream().count()).isEqualTo(2);

        // The ending is recorded as caused by the person who closed the Fall.
        List<? extends DomainEventMessage<?>> verlauf = ereignisse.readEvents(geltend).asStream().toList();
        DomainEventMessage<?> letztes = verlauf.get(verlauf.size() - 1);
        assertThat(letztes.getPayload()).isEqualTo(new HilfevereinbarungBeendet(
                UUID.fromString(geltend), Beendigungsgrund.FALL_ABGESCHLOSSEN, null, HEUTE));
        assertThat(letztes.getMetaData()).containsEntry(Metadaten.BENUTZER, "fm.mueller");
    }

    @Test
    void einAbgeschlossenerFallBekommtKeineHilfevereinbarungBisErWiederAufgenommenIst() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Geschlossen", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "UMZUG")).erwarte(200);

        Antwort abgelehnt = mueller.post("/api/hilfevereinbarungen", entwurf(fallId)).erwarte(422);
        assertThat(abgelehnt.feld("code")).isEqualTo("FALL_ABGESCHLOSSEN");
        assertThat(abgelehnt.feld("detail")).isEqualTo("Der Fall ist abgeschlossen; für ihn wird keine Hilfevereinbarung mehr entworfen. "
                + "Bitte nehmen Sie ihn zuerst wieder auf.");

        mueller.post("/api/faelle/" + fallId + "/wiederaufnahme", Map.of("version", 1, "grund", "Umzug abgesagt")).erwarte(200);
        entwerfen(mueller, fallId);
    }

    /**
     * Drafting reads the Fall's register row FOR SHARE, the closing policy locks it FOR UPDATE: a
     * draft started while a Fall is being closed waits for the closing and then sees the Fall closed,
     * instead of slipping past the policy as an open agreement of a closed Fall.
     */
    @Test
    void einEntwurfWartetBisDerAbschlussDesFallsEntschiedenIst() throws Exception {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Gleichzeitig", "Innenstadt");
        CompletableFuture<Antwort> entwurf;
        TransactionStatus abschluss = transaktionen.getTransaction(TransactionDefinition.withDefaults());
        try {
            new JdbcTemplate(datenquelle).queryForList("SELECT fall_id FROM fall_register WHERE fall_id = ?::uuid FOR UPDATE", fallId);
            entwurf = CompletableFuture.supplyAsync(() -> mueller.post("/api/hilfevereinbarungen", entwurf(fallId)));
            Thread.sleep(500);
            assertThat(entwurf).as("der Entwurf wartet auf die Sperre des Abschlusses").isNotDone();
        } finally {
            transaktionen.commit(abschluss);
        }
        assertThat(entwurf.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
    }

    @Test
    void registerUndRegelMeldenFehlerWeiterStattSieNurZuProtokollieren() {
        assertThat(verarbeitung.listenerInvocationErrorHandler(HilfevereinbarungRegister.PROCESSING_GROUP))
                .isInstanceOf(PropagatingErrorHandler.class);
        assertThat(verarbeitung.listenerInvocationErrorHandler(FallabschlussBeendetHilfevereinbarungen.PROCESSING_GROUP))
                .isInstanceOf(PropagatingErrorHandler.class);
    }
}
