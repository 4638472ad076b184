package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AnhoerungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds {@code antrag_uebersicht} from the Antrag events. Idempotent: a row carries the sequence
 * number of the last event applied, and every change is guarded by {@code version < :seq}, so a
 * redelivered or replayed event has no second effect.
 */
@Component
@ProcessingGroup(AntragUebersichtProjektor.PROCESSING_GROUP)
class AntragUebersichtProjektor {

    static final String PROCESSING_GROUP = "antraege";
    /** The tables this projector writes (cleared on reset, copied for "Stand am"). */
    static final java.util.List<String> TABELLEN = java.util.List.of("antrag_uebersicht");

    /** A new decision starts without notice, approval or finality of its own. */
    private static final String NEUE_ENTSCHEIDUNG = """
            entscheidung_id = :eid, entscheidungsart = :art, rechtsgrundlage = :rg, begruendung = :bg,
            entschieden_am = :am, entschieden_von = :von, ersetzt_entscheidung_id = :ersetzt,
            betrag_monatlich_cent = :betrag, bewilligung_von = :bvon, bewilligung_bis = :bbis, aufgehoben_ab = :ab,
            freigabe_erforderlich = :freigabe, freigegeben_am = NULL, freigegeben_von = NULL,
            aufgabe_zur_post_am = NULL, bekanntgabe_am = NULL, mit_rechtsbehelfsbelehrung = NULL,
            widerspruchsfrist_ende = NULL, bestandskraeftig_am = NULL, status = :status""";

    private final JdbcClient jdbc;

    AntragUebersichtProjektor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AntragGestellt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        jdbc.sql("""
                        INSERT INTO antrag_uebersicht (antrag_id, fall_id, leistungsart, kanal, eingangsdatum, leistungsbeginn,
                            status, version, geaendert_am)
                        VALUES (:id, :fall, :art, :kanal, :eingang, :beginn, 'IN_BEARBEITUNG', :seq, :zeit)
                        ON CONFLICT (antrag_id) DO NOTHING""")
                .param("id", e.antragId())
                .param("fall", e.fallId())
                .param("art", e.leistungsart().name())
                .param("kanal", e.kanal().name())
                .param("eingang", e.eingangsdatum())
                .param("beginn", e.leistungsbeginn())
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .update();
    }

    @EventHandler
    void on(UnterlagenAngefordert e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                status = 'UNTERLAGEN_ANGEFORDERT', angefordert_am = :am, unterlagen = :unterlagen, mitwirkungsfrist = :frist,
                mit_rechtsfolgenbelehrung = :belehrung, unterlagen_eingegangen_am = NULL, mitwirkungsfrist_abgelaufen = FALSE""",
                parameter("am", e.angefordertAm(), "unterlagen", e.unterlagen().toArray(String[]::new), "frist", e.frist(),
                        "belehrung", e.rechtsfolgenbelehrung() != null));
    }

    @EventHandler
    void on(UnterlagenEingegangen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                status = CASE WHEN status = 'UNTERLAGEN_ANGEFORDERT' THEN 'IN_BEARBEITUNG' ELSE status END,
                unterlagen_eingegangen_am = :am""", parameter("am", e.eingegangenAm()));
    }

    @EventHandler
    void on(MitwirkungsfristAbgelaufen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "mitwirkungsfrist_abgelaufen = TRUE", Map.of());
    }

    @EventHandler
    void on(AntragBewilligt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, NEUE_ENTSCHEIDUNG, entscheidung(e.entscheidungId(), Entscheidungsart.BEWILLIGUNG,
                e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), e.ersetztEntscheidungId(),
                e.betragMonatlichCent(), e.bewilligungVon(), e.bewilligungBis(), null, e.freigabeErforderlich(),
                e.freigabeErforderlich() ? AntragStatus.FREIGABE_AUSSTEHEND : AntragStatus.ENTSCHIEDEN));
    }

    @EventHandler
    void on(AntragAbgelehnt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, NEUE_ENTSCHEIDUNG, entscheidung(e.entscheidungId(), Entscheidungsart.ABLEHNUNG,
                e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), e.ersetztEntscheidungId(),
                null, null, null, null, false, AntragStatus.ENTSCHIEDEN));
    }

    @EventHandler
    void on(AntragVersagt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, NEUE_ENTSCHEIDUNG, entscheidung(e.entscheidungId(), Entscheidungsart.VERSAGUNG,
                e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), e.ersetztEntscheidungId(),
                null, null, null, null, false, AntragStatus.ENTSCHIEDEN));
    }

    @EventHandler
    void on(BewilligungAufgehoben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, NEUE_ENTSCHEIDUNG, entscheidung(e.entscheidungId(), Entscheidungsart.AUFHEBUNG,
                e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), e.aufgehobeneEntscheidungId(),
                null, null, null, e.aufgehobenAb(), false, AntragStatus.ENTSCHIEDEN));
    }

    @EventHandler
    void on(BewilligungFreigegeben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "status = 'ENTSCHIEDEN', freigegeben_am = :am, freigegeben_von = :von",
                parameter("am", e.freigegebenAm(), "von", e.freigegebenVon()));
    }

    @EventHandler
    void on(BescheidBekanntgegeben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                status = 'BESCHIEDEN', aufgabe_zur_post_am = :post, bekanntgabe_am = :bekanntgabe,
                mit_rechtsbehelfsbelehrung = :belehrung, widerspruchsfrist_ende = :ende""",
                parameter("post", e.aufgabeZurPostAm(), "bekanntgabe", e.bekanntgabeAm(), "belehrung", e.mitRechtsbehelfsbelehrung(),
                        "ende", e.widerspruchsfristEnde()));
    }

    @EventHandler
    void on(EntscheidungBestandskraeftig e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                bestandskraeftig_am = :am, status = CASE WHEN status = 'BESCHIEDEN' THEN 'BESTANDSKRAEFTIG' ELSE status END""",
                parameter("am", e.bestandskraeftigAm()));
    }

    @EventHandler
    void on(WiderspruchEingelegt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                status = 'WIDERSPRUCH_ANHAENGIG', widerspruch_id = :wid, widerspruch_eingegangen_am = :am,
                widerspruch_rechtzeitig = :rechtzeitig, widerspruch_ergebnis = NULL, widerspruch_entschieden_am = NULL""",
                parameter("wid", e.widerspruchId(), "am", e.eingegangenAm(), "rechtzeitig", e.rechtzeitig()));
    }

    @EventHandler
    void on(WiderspruchAbgeholfen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "widerspruch_ergebnis = 'ABGEHOLFEN', widerspruch_entschieden_am = :am",
                parameter("am", e.entschiedenAm()));
    }

    @EventHandler
    void on(WiderspruchZurueckgewiesen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                widerspruch_ergebnis = 'ZURUECKGEWIESEN', widerspruch_entschieden_am = :am,
                status = CASE WHEN bestandskraeftig_am IS NULL THEN 'WIDERSPRUCH_ZURUECKGEWIESEN' ELSE 'BESTANDSKRAEFTIG' END""",
                parameter("am", e.entschiedenAm()));
    }

    @EventHandler
    void on(AntragZurueckgenommen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "status = 'ZURUECKGENOMMEN', zurueckgenommen_am = :am", parameter("am", e.zurueckgenommenAm()));
    }

    @EventHandler
    void on(AnhoerungEingeleitet e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, """
                anhoerung_id = :aid, anhoerung_anlass = :anlass, anhoerungsfrist = :frist, stellungnahme_am = NULL,
                anhoerungsfrist_abgelaufen = FALSE""",
                parameter("aid", e.anhoerungId(), "anlass", e.anlass(), "frist", e.frist()));
    }

    @EventHandler
    void on(AnhoerungStellungnahmeEingegangen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "stellungnahme_am = :am", parameter("am", e.eingegangenAm()));
    }

    @EventHandler
    void on(AnhoerungsfristAbgelaufen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.antragId(), seq, zeit, "anhoerungsfrist_abgelaufen = TRUE", Map.of());
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE antrag_uebersicht").update();
    }

    private static Map<String, Object> entscheidung(UUID id, Entscheidungsart art, String rechtsgrundlage, String begruendung,
            LocalDate am, String von, UUID ersetzt, Long betrag, LocalDate bewilligungVon, LocalDate bewilligungBis,
            LocalDate aufgehobenAb, boolean freigabe, AntragStatus status) {
        return parameter("eid", id, "art", art.name(), "rg", rechtsgrundlage, "bg", begruendung, "am", am, "von", von,
                "ersetzt", ersetzt, "betrag", betrag, "bvon", bewilligungVon, "bbis", bewilligungBis, "ab", aufgehobenAb,
                "freigabe", freigabe, "status", status.name());
    }

    /** Named parameters that may be {@code null} (which {@link Map#of} refuses). */
    private static Map<String, Object> parameter(Object... namenUndWerte) {
        Map<String, Object> parameter = new HashMap<>();
        for (int i = 0; i < namenUndWerte.length; i += 2) {
            parameter.put((String) namenUndWerte[i], namenUndWerte[i + 1]);
        }
        return parameter;
    }

    /**
     * Applies the change to the Antrag's row unless the row has already seen this event.
     *
     * @return whether the event was new for this view
     */
    private boolean anwenden(UUID antragId, long seq, Instant zeit, String aenderung, Map<String, ?> parameter) {
        return jdbc.sql("UPDATE antrag_uebersicht SET " + aenderung + ", version = :seq, geaendert_am = :zeit "
                        + "WHERE antrag_id = :id AND version < :seq")
                .params(parameter)
                .param("id", antragId)
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant zeit) {
        return zeit.atOffset(ZoneOffset.UTC);
    }
}
