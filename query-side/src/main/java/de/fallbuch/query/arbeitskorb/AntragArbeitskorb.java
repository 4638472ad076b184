package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.common.Deutsch;
import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.arbeitskorb.Fristart;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Antrag's dates in the Arbeitskorb, each keyed by what it is about, and cleared by the act
 * that meets it: the Mitwirkungsfrist by the documents (or a decision), the Anhörungsfrist by the
 * statement (or the Aufhebung), the Widerspruchsfrist by a Widerspruch or finality, the §88 SGG
 * periods by the decision, the end of a Bewilligungszeitraum by a new Antrag for the same benefit
 * (renewal) or by the grant being superseded or revoked.
 */
@Component
@ProcessingGroup(ArbeitskorbProjektor.PROCESSING_GROUP)
class AntragArbeitskorb {

    /**
     * The reminder that the grant of Antrag {@code t.bezug_id} ends is cleared by a renewal: another Antrag
     * for the same benefit in the same Fall, received later. Decided by the dates, so live processing and a
     * rebuild agree whatever the order the two Anträge' events meet in the view's parallel segments.
     */
    private static final String RENEWAL_FOLGT = """
            EXISTS (SELECT 1 FROM arbeitskorb_bezug a JOIN arbeitskorb_bezug f
                      ON f.fall_id = a.fall_id AND f.leistungsart = a.leistungsart AND f.bezug_id <> a.bezug_id
                     AND f.eingangsdatum > a.eingangsdatum
                    WHERE a.bezug_id = t.bezug_id)""";

    private final ArbeitskorbProjektor arbeitskorb;
    private final JdbcClient jdbc;

    AntragArbeitskorb(ArbeitskorbProjektor arbeitskorb, JdbcClient jdbc) {
        this.arbeitskorb = arbeitskorb;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AntragGestellt e) {
        jdbc.sql("""
                        INSERT INTO arbeitskorb_bezug (bezug_id, fall_id, leistungsart, eingangsdatum) VALUES (:id, :fall, :la, :eingang)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.antragId()).param("fall", e.fallId()).param("la", e.leistungsart().name())
                .param("eingang", e.eingangsdatum()).update();
        // A later Antrag for the same benefit is the renewal the reminder asked for (and see RENEWAL_FOLGT for the other order).
        jdbc.sql("""
                        UPDATE arbeitskorb_frist t SET erledigt = TRUE FROM arbeitskorb_bezug b
                        WHERE t.bezug_id = b.bezug_id AND t.art = :art AND t.fall_id = :fall AND b.leistungsart = :la
                          AND b.bezug_id <> :id AND (b.eingangsdatum IS NULL OR b.eingangsdatum < :eingang)""")
                .param("art", Fristart.ENDE_BEWILLIGUNGSZEITRAUM.name()).param("fall", e.fallId())
                .param("la", e.leistungsart().name()).param("id", e.antragId()).param("eingang", e.eingangsdatum()).update();
        setzen("untaetigkeit:" + e.antragId(), e.antragId(), Fristart.UNTAETIGKEIT_ANTRAG,
                Fristenrechner.untaetigkeitsfristEndeAntrag(e.eingangsdatum()),
                "Antrag vom " + Deutsch.datum(e.eingangsdatum()) + " noch nicht entschieden");
    }

    @EventHandler
    void on(UnterlagenAngefordert e) {
        setzen("mitwirkung:" + e.anforderungId(), e.antragId(), Fristart.MITWIRKUNGSFRIST, e.frist(),
                "Unterlagen: " + String.join(", ", e.unterlagen()));
    }

    @EventHandler
    void on(UnterlagenEingegangen e) {
        arbeitskorb.fristErledigt("mitwirkung:" + e.anforderungId());
    }

    @EventHandler
    void on(AntragBewilligt e) {
        entschieden(e.antragId(), e.ersetztEntscheidungId());
        // A grant that needs approval is not in force before the Sachgebietsleitung approves it; a renewal may be in already.
        setzen("bewilligungsende:" + e.entscheidungId(), e.antragId(), Fristart.ENDE_BEWILLIGUNGSZEITRAUM, e.bewilligungBis(),
                "Bewilligung bis " + Deutsch.datum(e.bewilligungBis()) + " – Weiterbewilligung klären",
                e.freigabeErforderlich() || folgeantragDa(e.antragId()));
    }

    @EventHandler
    void on(BewilligungFreigegeben e) {
        jdbc.sql("UPDATE arbeitskorb_frist t SET erledigt = " + RENEWAL_FOLGT + " WHERE frist_id = :id")
                .param("id", "bewilligungsende:" + e.entscheidungId()).update();
    }

    @EventHandler
    void on(AntragAbgelehnt e) {
        entschieden(e.antragId(), e.ersetztEntscheidungId());
    }

    @EventHandler
    void on(AntragVersagt e) {
        entschieden(e.antragId(), e.ersetztEntscheidungId());
    }

    @EventHandler
    void on(AntragZurueckgenommen e) {
        jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = :id").param("id", e.antragId()).update();
    }

    @EventHandler
    void on(BescheidBekanntgegeben e) {
        setzen("widerspruchsfrist:" + e.entscheidungId(), e.antragId(), Fristart.WIDERSPRUCHSFRIST, e.widerspruchsfristEnde(),
                "Bescheid bekanntgegeben am " + Deutsch.datum(e.bekanntgabeAm()) + "; danach bestandskräftig");
    }

    @EventHandler
    void on(EntscheidungBestandskraeftig e) {
        arbeitskorb.fristErledigt("widerspruchsfrist:" + e.entscheidungId());
    }

    @EventHandler
    void on(WiderspruchEingelegt e) {
        arbeitskorb.fristErledigt("widerspruchsfrist:" + e.entscheidungId());
        setzen("untaetigkeit-widerspruch:" + e.widerspruchId(), e.antragId(), Fristart.UNTAETIGKEIT_WIDERSPRUCH,
                Fristenrechner.untaetigkeitsfristEndeWiderspruch(e.eingegangenAm()),
                "Widerspruch vom " + Deutsch.datum(e.eingegangenAm()) + " noch nicht beschieden");
    }

    @EventHandler
    void on(WiderspruchAbgeholfen e) {
        arbeitskorb.fristErledigt("untaetigkeit-widerspruch:" + e.widerspruchId());
    }

    @EventHandler
    void on(WiderspruchZurueckgewiesen e) {
        arbeitskorb.fristErledigt("untaetigkeit-widerspruch:" + e.widerspruchId());
    }

    @EventHandler
    void on(AnhoerungEingeleitet e) {
        setzen("anhoerung:" + e.anhoerungId(), e.antragId(), Fristart.ANHOERUNGSFRIST, e.frist(), "Anhörung: " + e.anlass());
    }

    @EventHandler
    void on(AnhoerungStellungnahmeEingegangen e) {
        arbeitskorb.fristErledigt("anhoerung:" + e.anhoerungId());
    }

    @EventHandler
    void on(BewilligungAufgehoben e) {
        arbeitskorb.fristErledigt("anhoerung:" + e.anhoerungId());
        arbeitskorb.fristErledigt("bewilligungsende:" + e.aufgehobeneEntscheidungId());
    }

    /** A decision meets the §88 period and any open request for documents; a superseded one's dates lapse. */
    private void entschieden(UUID antragId, UUID ersetzteEntscheidung) {
        jdbc.sql("UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = :id AND art IN (:arten)")
                .param("id", antragId)
                .param("arten", java.util.List.of(Fristart.UNTAETIGKEIT_ANTRAG.name(), Fristart.MITWIRKUNGSFRIST.name()))
                .update();
        if (ersetzteEntscheidung != null) {
            arbeitskorb.fristErledigt("bewilligungsende:" + ersetzteEntscheidung);
            arbeitskorb.fristErledigt("widerspruchsfrist:" + ersetzteEntscheidung);
        }
    }

    /** Whether a later Antrag for the same benefit came in for the Fall of this one (the renewal). */
    private boolean folgeantragDa(UUID antragId) {
        return jdbc.sql("SELECT " + RENEWAL_FOLGT.replace("t.bezug_id", ":id")).param("id", antragId).query(Boolean.class).single();
    }

    private void setzen(String fristId, UUID antragId, Fristart art, LocalDate faelligAm, String beschreibung) {
        setzen(fristId, antragId, art, faelligAm, beschreibung, false);
    }

    private void setzen(String fristId, UUID antragId, Fristart art, LocalDate faelligAm, String beschreibung, boolean erledigt) {
        UUID fallId = jdbc.sql("SELECT fall_id FROM arbeitskorb_bezug WHERE bezug_id = :id")
                .param("id", antragId).query(UUID.class).single();
        arbeitskorb.fristSetzen(fristId, fallId, art, antragId, faelligAm, beschreibung, erledigt);
    }
}
