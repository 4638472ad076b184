package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfGeaendert;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortgeschrieben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnet;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgebrochen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgeschlossen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBegonnen;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.ZielErreicht;
import de.fallbuch.kernel.hilfevereinbarung.ZielVerfehlt;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the Hilfevereinbarung read model: the agreement, each Fassung with its content as JSON,
 * progress of measures and goals, reviews and breaches of duty. Idempotent: every handler first
 * moves the agreement's row to the event's sequence number ({@code version < :seq}) and touches
 * the other tables only if that succeeded, so a redelivered or replayed event has no second effect.
 */
@Component
@ProcessingGroup(HilfevereinbarungProjektor.PROCESSING_GROUP)
class HilfevereinbarungProjektor {

    static final String PROCESSING_GROUP = "hilfevereinbarungen";
    /** The tables this projector writes (cleared on reset, copied for "Stand am"). */
    static final java.util.List<String> TABELLEN = java.util.List.of("hilfevereinbarung", "hilfevereinbarung_fassung",
            "hilfevereinbarung_massnahme", "hilfevereinbarung_ziel", "hilfevereinbarung_ueberpruefung",
            "hilfevereinbarung_pflichtverletzung");

    private final JdbcClient jdbc;
    private final InhaltJson json;

    HilfevereinbarungProjektor(JdbcClient jdbc, InhaltJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(HilfevereinbarungEntworfen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        int neu = jdbc.sql("""
                        INSERT INTO hilfevereinbarung (hilfevereinbarung_id, fall_id, dienststelle, status, entwurfsfassung,
                            entworfen_am, version, geaendert_am)
                        VALUES (:id, :fall, :ds, 'ENTWURF', :fassung, :am, :seq, :zeit)
                        ON CONFLICT (hilfevereinbarung_id) DO NOTHING""")
                .param("id", e.hilfevereinbarungId())
                .param("fall", e.fallId())
                .param("ds", e.dienststelle())
                .param("fassung", e.fassung())
                .param("am", e.entworfenAm())
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .update();
        if (neu == 1) {
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_fassung (hilfevereinbarung_id, fassung, inhalt, stand_vom)
                            VALUES (:id, :fassung, CAST(:inhalt AS jsonb), :am)""")
                    .param("id", e.hilfevereinbarungId())
                    .param("fassung", e.fassung())
                    .param("inhalt", json.schreiben(e.inhalt()))
                    .param("am", e.entworfenAm())
                    .update();
        }
    }

    @EventHandler
    void on(EntwurfGeaendert e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            // The signatures given to the earlier content lapse with it.
            jdbc.sql("""
                            UPDATE hilfevereinbarung_fassung SET inhalt = CAST(:inhalt AS jsonb), stand_vom = :am,
                                person_unterschrieben_am = NULL, fallmanager_unterschrieben_am = NULL,
                                fallmanager_unterschrieben_von = NULL
                            WHERE hilfevereinbarung_id = :id AND fassung = :fassung""")
                    .param("inhalt", json.schreiben(e.inhalt()))
                    .param("am", e.geaendertAm())
                    .param("id", e.hilfevereinbarungId())
                    .param("fassung", e.fassung())
                    .update();
        }
    }

    @EventHandler
    void on(HilfevereinbarungFortgeschrieben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, "entwurfsfassung = :fassung", Map.of("fassung", e.fassung()))) {
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_fassung (hilfevereinbarung_id, fassung, inhalt, anlass, stand_vom)
                            VALUES (:id, :fassung, CAST(:inhalt AS jsonb), :anlass, :am)""")
                    .param("id", e.hilfevereinbarungId())
                    .param("fassung", e.fassung())
                    .param("inhalt", json.schreiben(e.inhalt()))
                    .param("anlass", e.anlass())
                    .param("am", e.fortgeschriebenAm())
                    .update();
        }
    }

    @EventHandler
    void on(HilfevereinbarungUnterzeichnet e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            String spalten = e.unterzeichner() == Unterzeichner.PERSON
                    ? "person_unterschrieben_am = :am"
                    : "fallmanager_unterschrieben_am = :am, fallmanager_unterschrieben_von = :von";
            jdbc.sql("UPDATE hilfevereinbarung_fassung SET " + spalten + " WHERE hilfevereinbarung_id = :id AND fassung = :fassung")
                    .param("am", e.datum())
                    .param("von", e.unterzeichnetVon())
                    .param("id", e.hilfevereinbarungId())
                    .param("fassung", e.fassung())
                    .update();
        }
    }

    @EventHandler
    void on(HilfevereinbarungInKraftGetreten e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        Map<String, Object> werte = new HashMap<>();
        werte.put("fassung", e.fassung());
        werte.put("am", e.inKraftAm());
        werte.put("termin", e.naechsteUeberpruefung());
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, """
                        status = 'IN_KRAFT', geltende_fassung = :fassung, entwurfsfassung = NULL,
                        in_kraft_seit = COALESCE(in_kraft_seit, :am), naechste_ueberpruefung = :termin""", werte)) {
            jdbc.sql("UPDATE hilfevereinbarung_fassung SET in_kraft_am = :am WHERE hilfevereinbarung_id = :id AND fassung = :fassung")
                    .param("am", e.inKraftAm())
                    .param("id", e.hilfevereinbarungId())
                    .param("fassung", e.fassung())
                    .update();
            if (e.abgeloesteFassung() != null) {
                jdbc.sql("UPDATE hilfevereinbarung_fassung SET abgeloest_am = :am WHERE hilfevereinbarung_id = :id AND fassung = :fassung")
                        .param("am", e.inKraftAm())
                        .param("id", e.hilfevereinbarungId())
                        .param("fassung", e.abgeloesteFassung())
                        .update();
            }
        }
    }

    @EventHandler
    void on(MassnahmeBegonnen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_massnahme (hilfevereinbarung_id, massnahme_id, status, begonnen_am)
                            VALUES (:id, :massnahme, 'BEGONNEN', :am)""")
                    .param("id", e.hilfevereinbarungId())
                    .param("massnahme", e.massnahmeId())
                    .param("am", e.datum())
                    .update();
        }
    }

    @EventHandler
    void on(MassnahmeAbgeschlossen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            jdbc.sql("""
                            UPDATE hilfevereinbarung_massnahme SET status = 'ABGESCHLOSSEN', abgeschlossen_am = :am
                            WHERE hilfevereinbarung_id = :id AND massnahme_id = :massnahme""")
                    .param("id", e.hilfevereinbarungId())
                    .param("massnahme", e.massnahmeId())
                    .param("am", e.datum())
                    .update();
        }
    }

    @EventHandler
    void on(MassnahmeAbgebrochen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            // A measure may be broken off without ever having begun: then there is no row yet.
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_massnahme (hilfevereinbarung_id, massnahme_id, status, abgebrochen_am, abbruchgrund)
                            VALUES (:id, :massnahme, 'ABGEBROCHEN', :am, :grund)
                            ON CONFLICT (hilfevereinbarung_id, massnahme_id)
                            DO UPDATE SET status = 'ABGEBROCHEN', abgebrochen_am = :am, abbruchgrund = :grund""")
                    .param("id", e.hilfevereinbarungId())
                    .param("massnahme", e.massnahmeId())
                    .param("am", e.datum())
                    .param("grund", e.grund())
                    .update();
        }
    }

    @EventHandler
    void on(ZielErreicht e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            ziel(e.hilfevereinbarungId(), e.zielId(), "ERREICHT", e.datum(), e.vermerk());
        }
    }

    @EventHandler
    void on(ZielVerfehlt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            ziel(e.hilfevereinbarungId(), e.zielId(), "VERFEHLT", e.datum(), e.begruendung());
        }
    }

    @EventHandler
    void on(UeberpruefungDokumentiert e, @SequenceNumber long seq, @Timestamp Instant zeit,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, "naechste_ueberpruefung = :termin", Map.of("termin", e.naechsterTermin()))) {
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_ueberpruefung (hilfevereinbarung_id, ereignis_nr, datum, ergebnis,
                                naechster_termin, erfasst_von)
                            VALUES (:id, :seq, :am, :ergebnis, :termin, :von)""")
                    .param("id", e.hilfevereinbarungId())
                    .param("seq", seq)
                    .param("am", e.datum())
                    .param("ergebnis", e.ergebnis())
                    .param("termin", e.naechsterTermin())
                    .param("von", benutzer)
                    .update();
        }
    }

    @EventHandler
    void on(PflichtverletzungDokumentiert e, @SequenceNumber long seq, @Timestamp Instant zeit,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer) {
        if (anwenden(e.hilfevereinbarungId(), seq, zeit, null, Map.of())) {
            jdbc.sql("""
                            INSERT INTO hilfevereinbarung_pflichtverletzung (hilfevereinbarung_id, ereignis_nr, pflicht_id, datum,
                                sachverhalt, stellungnahme, stellungnahme_abgelehnt, erfasst_von)
                            VALUES (:id, :seq, :pflicht, :am, :sachverhalt, :stellungnahme, :abgelehnt, :von)""")
                    .param("id", e.hilfevereinbarungId())
                    .param("seq", seq)
                    .param("pflicht", e.pflichtId())
                    .param("am", e.datum())
                    .param("sachverhalt", e.sachverhalt())
                    .param("stellungnahme", e.stellungnahme())
                    .param("abgelehnt", e.stellungnahmeAbgelehnt())
                    .param("von", benutzer)
                    .update();
        }
    }

    @EventHandler
    void on(EinwilligungWiderrufen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        Map<String, Object> werte = new HashMap<>();
        werte.put("am", e.datum());
        werte.put("erklaerung", e.erklaerung());
        anwenden(e.hilfevereinbarungId(), seq, zeit, """
                status = 'BEENDET', beendigungsgrund = 'EINWILLIGUNG_WIDERRUFEN', beendet_am = :am, einwilligung_widerrufen_am = :am,
                widerruf_erklaerung = :erklaerung, entwurfsfassung = NULL, naechste_ueberpruefung = NULL""", werte);
    }

    @EventHandler
    void on(HilfevereinbarungBeendet e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        Map<String, Object> werte = new HashMap<>();
        werte.put("grund", e.grund().name());
        werte.put("bemerkung", e.bemerkung());
        werte.put("am", e.beendetAm());
        anwenden(e.hilfevereinbarungId(), seq, zeit, """
                status = 'BEENDET', beendigungsgrund = :grund, beendigung_bemerkung = :bemerkung, beendet_am = :am,
                entwurfsfassung = NULL, naechste_ueberpruefung = NULL""", werte);
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("""
                TRUNCATE hilfevereinbarung_pflichtverletzung, hilfevereinbarung_ueberpruefung, hilfevereinbarung_ziel,
                    hilfevereinbarung_massnahme, hilfevereinbarung_fassung, hilfevereinbarung""").update();
    }

    private void ziel(UUID hilfevereinbarungId, UUID zielId, String status, LocalDate am, String vermerk) {
        jdbc.sql("""
                        INSERT INTO hilfevereinbarung_ziel (hilfevereinbarung_id, ziel_id, status, festgestellt_am, vermerk)
                        VALUES (:id, :ziel, :status, :am, :vermerk)""")
                .param("id", hilfevereinbarungId)
                .param("ziel", zielId)
                .param("status", status)
                .param("am", am)
                .param("vermerk", vermerk)
                .update();
    }

    /**
     * Applies the change to the agreement's row unless the row has already seen this event.
     *
     * @return whether the event was new for this view
     */
    private boolean anwenden(UUID hilfevereinbarungId, long seq, Instant zeit, String aenderung, Map<String, ?> parameter) {
        String setzen = (aenderung == null ? "" : aenderung + ", ") + "version = :seq, geaendert_am = :zeit";
        return jdbc.sql("UPDATE hilfevereinbarung SET " + setzen + " WHERE hilfevereinbarung_id = :id AND version < :seq")
                .params(parameter)
                .param("id", hilfevereinbarungId)
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant zeit) {
        return zeit.atOffset(ZoneOffset.UTC);
    }
}
