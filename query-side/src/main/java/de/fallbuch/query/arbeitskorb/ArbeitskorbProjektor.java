package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Fristart;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import de.fallbuch.kernel.fall.WiedervorlageErledigt;
import de.fallbuch.kernel.fall.WiedervorlageGesetzt;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the Arbeitskorb: who is responsible for which open Fall, and the dates due. Idempotent:
 * Fall rows carry the last applied sequence number; a date is keyed by its own id, inserted once
 * and only ever marked done.
 */
@Component
@ProcessingGroup(ArbeitskorbProjektor.PROCESSING_GROUP)
class ArbeitskorbProjektor {

    static final String PROCESSING_GROUP = "arbeitskorb";
    static final List<String> TABELLEN = List.of("arbeitskorb_fall", "arbeitskorb_frist", "arbeitskorb_bezug");

    private final JdbcClient jdbc;

    ArbeitskorbProjektor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FallEroeffnet e, @SequenceNumber long seq) {
        jdbc.sql("""
                        INSERT INTO arbeitskorb_fall (fall_id, aktenzeichen, dienststelle, fallmanager, vorname, nachname, status,
                            eroeffnet_am, version)
                        VALUES (:id, :az, :ds, :fm, :vorname, :nachname, 'OFFEN', :am, :seq)
                        ON CONFLICT (fall_id) DO NOTHING""")
                .param("id", e.fallId())
                .param("az", e.aktenzeichen())
                .param("ds", e.dienststelle())
                .param("fm", e.fallmanager())
                .param("vorname", e.person().vorname())
                .param("nachname", e.person().nachname())
                .param("am", e.eroeffnetAm())
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(FallmanagerGewechselt e, @SequenceNumber long seq) {
        jdbc.sql("UPDATE arbeitskorb_fall SET fallmanager = :fm, version = :seq WHERE fall_id = :id AND version < :seq")
                .param("fm", e.neuerFallmanager()).param("seq", seq).param("id", e.fallId()).update();
    }

    @EventHandler
    void on(PersonendatenBerichtigt e, @SequenceNumber long seq) {
        jdbc.sql("UPDATE arbeitskorb_fall SET vorname = :vorname, nachname = :nachname, version = :seq WHERE fall_id = :id AND version < :seq")
                .param("vorname", e.person().vorname()).param("nachname", e.person().nachname()).param("seq", seq).param("id", e.fallId())
                .update();
    }

    @EventHandler
    void on(FallAbgeschlossen e, @SequenceNumber long seq) {
        if (status(e.fallId(), "ABGESCHLOSSEN", seq)) {
            // Follow-ups lapse with the case (the aggregate forgets them too).
            jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE fall_id = :id AND art = :art")
                    .param("id", e.fallId()).param("art", Fristart.WIEDERVORLAGE.name()).update();
        }
    }

    @EventHandler
    void on(FallWiederaufgenommen e, @SequenceNumber long seq) {
        status(e.fallId(), "OFFEN", seq);
    }

    @EventHandler
    void on(WiedervorlageGesetzt e) {
        fristSetzen(e.wiedervorlageId().toString(), e.fallId(), Fristart.WIEDERVORLAGE, e.wiedervorlageId(), e.faelligAm(), e.anlass());
    }

    @EventHandler
    void on(WiedervorlageErledigt e) {
        fristErledigt(e.wiedervorlageId().toString());
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE arbeitskorb_fall, arbeitskorb_frist").update();
    }

    private boolean status(UUID fallId, String status, long seq) {
        return jdbc.sql("UPDATE arbeitskorb_fall SET status = :status, version = :seq WHERE fall_id = :id AND version < :seq")
                .param("status", status).param("seq", seq).param("id", fallId).update() == 1;
    }

    /** A date due, entered once under its own id (a later event for the same id changes nothing). */
    void fristSetzen(String fristId, UUID fallId, Fristart art, UUID bezugId, LocalDate faelligAm, String beschreibung) {
        fristSetzen(fristId, fallId, art, bezugId, faelligAm, beschreibung, false);
    }

    /** A date entered as already met (e.g. the end of a grant that is not yet in force). */
    void fristSetzen(String fristId, UUID fallId, Fristart art, UUID bezugId, LocalDate faelligAm, String beschreibung,
            boolean erledigt) {
        jdbc.sql("""
                        INSERT INTO arbeitskorb_frist (frist_id, fall_id, art, bezug_id, faellig_am, beschreibung, erledigt)
                        VALUES (:id, :fall, :art, :bezug, :am, :beschreibung, :erledigt)
                        ON CONFLICT (frist_id) DO NOTHING""")
                .param("erledigt", erledigt)
                .param("id", fristId)
                .param("fall", fallId)
                .param("art", art.name())
                .param("bezug", bezugId)
                .param("am", faelligAm)
                .param("beschreibung", beschreibung)
                .update();
    }

    /** The act that meets the date is recorded: it leaves the Arbeitskorb. */
    void fristErledigt(String fristId) {
        jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE frist_id = :id").param("id", fristId).update();
    }
}
