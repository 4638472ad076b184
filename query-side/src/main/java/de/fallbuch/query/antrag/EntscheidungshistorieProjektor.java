package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the Entscheidungshistorie: every decision keeps its row; later events only add to it
 * (approval, notice, finality) or mark it superseded or revoked. Idempotent by decision id.
 */
@Component
@ProcessingGroup(AntragUebersichtProjektor.PROCESSING_GROUP)
class EntscheidungshistorieProjektor {

    static final List<String> TABELLEN = List.of("antrag_entscheidung");

    private final JdbcClient jdbc;

    EntscheidungshistorieProjektor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AntragBewilligt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        neu(e.entscheidungId(), e.antragId(), seq, zeit, Entscheidungsart.BEWILLIGUNG, e.betragMonatlichCent(), e.bewilligungVon(),
                e.bewilligungBis(), e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(),
                e.freigabeErforderlich(), e.ersetztEntscheidungId(), null);
        ersetzt(e.ersetztEntscheidungId(), e.entscheidungId());
    }

    @EventHandler
    void on(AntragAbgelehnt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        neu(e.entscheidungId(), e.antragId(), seq, zeit, Entscheidungsart.ABLEHNUNG, null, null, null, e.rechtsgrundlage(),
                e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), false, e.ersetztEntscheidungId(), null);
        ersetzt(e.ersetztEntscheidungId(), e.entscheidungId());
    }

    @EventHandler
    void on(AntragVersagt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        neu(e.entscheidungId(), e.antragId(), seq, zeit, Entscheidungsart.VERSAGUNG, null, null, null, e.rechtsgrundlage(),
                e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), false, e.ersetztEntscheidungId(), null);
        ersetzt(e.ersetztEntscheidungId(), e.entscheidungId());
    }

    @EventHandler
    void on(BewilligungAufgehoben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        neu(e.entscheidungId(), e.antragId(), seq, zeit, Entscheidungsart.AUFHEBUNG, null, null, null, e.rechtsgrundlage(),
                e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), false, null, e.aufgehobeneEntscheidungId());
        jdbc.sql("UPDATE antrag_entscheidung SET aufgehoben_durch = :durch, aufgehoben_ab = :ab WHERE entscheidung_id = :id")
                .param("durch", e.entscheidungId()).param("ab", e.aufgehobenAb()).param("id", e.aufgehobeneEntscheidungId()).update();
    }

    /** A Widerspruchsbescheid is a decision of its own; it has no id of its own, so it takes the Widerspruch's. */
    @EventHandler
    void on(WiderspruchZurueckgewiesen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        neu(e.widerspruchId(), e.antragId(), seq, zeit, Entscheidungsart.WIDERSPRUCHSBESCHEID, null, null, null, e.rechtsgrundlage(),
                e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), false, null, e.entscheidungId());
    }

    @EventHandler
    void on(BewilligungFreigegeben e) {
        jdbc.sql("UPDATE antrag_entscheidung SET freigegeben_am = :am, freigegeben_von = :von WHERE entscheidung_id = :id")
                .param("am", e.freigegebenAm()).param("von", e.freigegebenVon()).param("id", e.entscheidungId()).update();
    }

    @EventHandler
    void on(BescheidBekanntgegeben e) {
        jdbc.sql("UPDATE antrag_entscheidung SET bekanntgabe_am = :am, widerspruchsfrist_ende = :ende WHERE entscheidung_id = :id")
                .param("am", e.bekanntgabeAm()).param("ende", e.widerspruchsfristEnde()).param("id", e.entscheidungId()).update();
    }

    @EventHandler
    void on(EntscheidungBestandskraeftig e) {
        jdbc.sql("UPDATE antrag_entscheidung SET bestandskraeftig_am = :am WHERE entscheidung_id = :id")
                .param("am", e.bestandskraeftigAm()).param("id", e.entscheidungId()).update();
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE antrag_entscheidung").update();
    }

    private void ersetzt(UUID alt, UUID neu) {
        if (alt != null) {
            jdbc.sql("UPDATE antrag_entscheidung SET ersetzt_durch = :neu WHERE entscheidung_id = :alt")
                    .param("neu", neu).param("alt", alt).update();
        }
    }

    private void neu(UUID entscheidungId, UUID antragId, long seq, Instant zeit, Entscheidungsart art, Long betrag, LocalDate von,
            LocalDate bis, String rechtsgrundlage, String begruendung, LocalDate entschiedenAm, String entschiedenVon,
            boolean freigabeErforderlich, UUID ersetzt, UUID betrifft) {
        jdbc.sql("""
                        INSERT INTO antrag_entscheidung (entscheidung_id, antrag_id, sequenz, art, betrag_monatlich_cent,
                            bewilligung_von, bewilligung_bis, rechtsgrundlage, begruendung, entschieden_am, entschieden_von,
                            erfasst_am, freigabe_erforderlich, ersetzt_entscheidung_id, betrifft_entscheidung_id)
                        VALUES (:id, :antrag, :seq, :art, :betrag, :von, :bis, :rg, :begruendung, :am, :durch, :zeit, :freigabe,
                            :ersetzt, :betrifft)
                        ON CONFLICT (entscheidung_id) DO NOTHING""")
                .param("id", entscheidungId)
                .param("antrag", antragId)
                .param("seq", seq)
                .param("art", art.name())
                .param("betrag", betrag)
                .param("von", von)
                .param("bis", bis)
                .param("rg", rechtsgrundlage)
                .param("begruendung", begruendung)
                .param("am", entschiedenAm)
                .param("durch", entschiedenVon)
                .param("zeit", zeit.atOffset(ZoneOffset.UTC))
                .param("freigabe", freigabeErforderlich)
                .param("ersetzt", ersetzt)
                .param("betrifft", betrifft)
                .update();
    }
}
