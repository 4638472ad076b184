package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Fristart;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentiert;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agreements' review dates in the Arbeitskorb: an agreement in force has exactly one open
 * review date; a recorded review or a new Fassung replaces it, the end of the agreement removes it.
 */
@Component
@ProcessingGroup(ArbeitskorbProjektor.PROCESSING_GROUP)
class HilfevereinbarungArbeitskorb {

    private final ArbeitskorbProjektor arbeitskorb;
    private final JdbcClient jdbc;

    HilfevereinbarungArbeitskorb(ArbeitskorbProjektor arbeitskorb, JdbcClient jdbc) {
        this.arbeitskorb = arbeitskorb;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(HilfevereinbarungEntworfen e) {
        jdbc.sql("INSERT INTO arbeitskorb_bezug (bezug_id, fall_id) VALUES (:id, :fall) ON CONFLICT DO NOTHING")
                .param("id", e.hilfevereinbarungId()).param("fall", e.fallId()).update();
    }

    @EventHandler
    void on(HilfevereinbarungInKraftGetreten e) {
        ueberpruefungAm(e.hilfevereinbarungId(), e.naechsteUeberpruefung(), "Fassung " + e.fassung() + " überprüfen");
    }

    @EventHandler
    void on(UeberpruefungDokumentiert e) {
        ueberpruefungAm(e.hilfevereinbarungId(), e.naechsterTermin(), "Hilfevereinbarung überprüfen");
    }

    @EventHandler
    void on(HilfevereinbarungBeendet e) {
        jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = :id AND art = :art")
                .param("id", e.hilfevereinbarungId()).param("art", Fristart.UEBERPRUEFUNG_HILFEVEREINBARUNG.name()).update();
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE arbeitskorb_bezug").update();
    }

    private void ueberpruefungAm(UUID hilfevereinbarungId, LocalDate termin, String beschreibung) {
        String fristId = "ueberpruefung:" + hilfevereinbarungId + ":" + termin;
        jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = :id AND art = :art AND frist_id <> :neu")
                .param("id", hilfevereinbarungId).param("art", Fristart.UEBERPRUEFUNG_HILFEVEREINBARUNG.name())
                .param("neu", fristId).update();
        UUID fallId = jdbc.sql("SELECT fall_id FROM arbeitskorb_bezug WHERE bezug_id = :id")
                .param("id", hilfevereinbarungId).query(UUID.class).single();
        arbeitskorb.fristSetzen(fristId, fallId, Fristart.UEBERPRUEFUNG_HILFEVEREINBARUNG, hilfevereinbarungId, termin, beschreibung);
    }
}
