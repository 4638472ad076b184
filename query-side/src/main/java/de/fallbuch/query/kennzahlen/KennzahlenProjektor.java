package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.Geburtsdatum;
import de.fallbuch.kernel.fall.Personenangabe;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.ZielErreicht;
import de.fallbuch.kernel.hilfevereinbarung.ZielVerfehlt;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the pseudonymised facts the Kennzahlen are computed from ({@code kennzahlen_*}): per
 * Antrag its Dienststelle, Leistungsart, the person's age group on the day of receipt and the
 * business dates of its decisions and Widersprüche; per Hilfevereinbarung when it was in force and
 * which goals were reached or missed. Names, birth dates, addresses and free text never enter
 * these tables.
 *
 * <p>Idempotent: Antrag and agreement rows carry the sequence number of the last event applied and
 * every change is guarded by {@code version < :seq}; a redelivered or replayed event has no second
 * effect. Replayable: everything is derived from the events' business dates, nothing from the time
 * of processing.
 */
@Component
@ProcessingGroup(KennzahlenProjektor.PROCESSING_GROUP)
class KennzahlenProjektor {

    static final String PROCESSING_GROUP = "kennzahlen";
    /** The tables this projector writes (cleared on reset). */
    static final List<String> TABELLEN = List.of("kennzahlen_ziel", "kennzahlen_vereinbarung", "kennzahlen_widerspruch",
            "kennzahlen_entscheidung", "kennzahlen_antrag");

    private final JdbcClient jdbc;
    private final EventStore ereignisse;

    KennzahlenProjektor(JdbcClient jdbc, EventStore ereignisse) {
        this.jdbc = jdbc;
        this.ereignisse = ereignisse;
    }

    @EventHandler
    void on(AntragGestellt e, @SequenceNumber long seq) {
        // The Fall's opening event is read here, not projected into a table of our own: this
        // processor sees Fall and Antrag events in no guaranteed order across aggregates, and the
        // birth date must not be kept — only the age group on the day of receipt is stored. Since
        // the Antrag records that group itself (in clear, so it survives erasure), the opening is
        // asked for it only for older events.
        FallEroeffnet fall = fallEroeffnung(e.fallId());
        Optional<Altersgruppe> gruppe = e.altersgruppe() != null ? Optional.of(e.altersgruppe())
                : altersgruppe(geburtsdatum(e.fallId()), e.eingangsdatum());
        jdbc.sql("""
                        INSERT INTO kennzahlen_antrag (antrag_id, fall_id, dienststelle, leistungsart, altersgruppe, eingangsdatum, version)
                        VALUES (:id, :fall, :ds, :art, :gruppe, :eingang, :seq)
                        ON CONFLICT (antrag_id) DO NOTHING""")
                .param("id", e.antragId())
                .param("fall", e.fallId())
                .param("ds", fall.dienststelle())
                .param("art", e.leistungsart().name())
                .param("gruppe", gruppe.map(Enum::name).orElse(null))
                .param("eingang", e.eingangsdatum())
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(AntragBewilligt e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            LocalDate wirksam = e.freigabeErforderlich() ? null : e.entschiedenAm();
            entscheidung(e.entscheidungId(), e.antragId(), Entscheidungsart.BEWILLIGUNG, e.entschiedenAm(), wirksam,
                    Map.of("betrag", e.betragMonatlichCent(), "von", e.bewilligungVon(), "bis", e.bewilligungBis()),
                    ersetzt(e.ersetztEntscheidungId()));
            if (wirksam != null) {
                ersteEntscheidung(e.antragId(), Entscheidungsart.BEWILLIGUNG, wirksam);
            }
        }
    }

    @EventHandler
    void on(BewilligungFreigegeben e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            jdbc.sql("UPDATE kennzahlen_entscheidung SET wirksam_am = :am WHERE entscheidung_id = :id AND wirksam_am IS NULL")
                    .param("am", e.freigegebenAm()).param("id", e.entscheidungId()).update();
            ersteEntscheidung(e.antragId(), Entscheidungsart.BEWILLIGUNG, e.freigegebenAm());
        }
    }

    @EventHandler
    void on(AntragAbgelehnt e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            entscheidung(e.entscheidungId(), e.antragId(), Entscheidungsart.ABLEHNUNG, e.entschiedenAm(), e.entschiedenAm(),
                    Map.of(), ersetzt(e.ersetztEntscheidungId()));
            ersteEntscheidung(e.antragId(), Entscheidungsart.ABLEHNUNG, e.entschiedenAm());
        }
    }

    @EventHandler
    void on(AntragVersagt e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            entscheidung(e.entscheidungId(), e.antragId(), Entscheidungsart.VERSAGUNG, e.entschiedenAm(), e.entschiedenAm(),
                    Map.of(), ersetzt(e.ersetztEntscheidungId()));
            ersteEntscheidung(e.antragId(), Entscheidungsart.VERSAGUNG, e.entschiedenAm());
        }
    }

    @EventHandler
    void on(BewilligungAufgehoben e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            entscheidung(e.entscheidungId(), e.antragId(), Entscheidungsart.AUFHEBUNG, e.entschiedenAm(), e.entschiedenAm(),
                    Map.of("aufgehobene", e.aufgehobeneEntscheidungId(), "ab", e.aufgehobenAb()), null);
        }
    }

    @EventHandler
    void on(BescheidBekanntgegeben e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            jdbc.sql("UPDATE kennzahlen_entscheidung SET bekanntgabe_am = :am WHERE entscheidung_id = :id")
                    .param("am", e.bekanntgabeAm()).param("id", e.entscheidungId()).update();
        }
    }

    @EventHandler
    void on(WiderspruchEingelegt e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            jdbc.sql("""
                            INSERT INTO kennzahlen_widerspruch (widerspruch_id, antrag_id, eingegangen_am, rechtzeitig)
                            VALUES (:id, :antrag, :am, :rechtzeitig) ON CONFLICT (widerspruch_id) DO NOTHING""")
                    .param("id", e.widerspruchId()).param("antrag", e.antragId()).param("am", e.eingegangenAm())
                    .param("rechtzeitig", e.rechtzeitig()).update();
        }
    }

    @EventHandler
    void on(WiderspruchAbgeholfen e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            widerspruchErledigt(e.widerspruchId(), "ABGEHOLFEN", e.entschiedenAm());
        }
    }

    @EventHandler
    void on(WiderspruchZurueckgewiesen e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            widerspruchErledigt(e.widerspruchId(), "ZURUECKGEWIESEN", e.entschiedenAm());
        }
    }

    @EventHandler
    void on(AntragZurueckgenommen e, @SequenceNumber long seq) {
        if (neu(e.antragId(), seq)) {
            jdbc.sql("UPDATE kennzahlen_antrag SET zurueckgenommen_am = :am WHERE antrag_id = :id")
                    .param("am", e.zurueckgenommenAm()).param("id", e.antragId()).update();
        }
    }

    @EventHandler
    void on(HilfevereinbarungEntworfen e, @SequenceNumber long seq) {
        jdbc.sql("""
                        INSERT INTO kennzahlen_vereinbarung (hilfevereinbarung_id, fall_id, dienststelle, version)
                        VALUES (:id, :fall, :ds, :seq) ON CONFLICT (hilfevereinbarung_id) DO NOTHING""")
                .param("id", e.hilfevereinbarungId()).param("fall", e.fallId()).param("ds", e.dienststelle()).param("seq", seq)
                .update();
    }

    @EventHandler
    void on(HilfevereinbarungInKraftGetreten e, @SequenceNumber long seq) {
        // A Fortschreibung coming into force continues the agreement: it stays in force since its first Fassung.
        vereinbarung(e.hilfevereinbarungId(), seq, "in_kraft_ab = COALESCE(in_kraft_ab, :am)", Map.of("am", e.inKraftAm()));
    }

    @EventHandler
    void on(HilfevereinbarungBeendet e, @SequenceNumber long seq) {
        vereinbarung(e.hilfevereinbarungId(), seq, "beendet_am = COALESCE(beendet_am, :am), beendigungsgrund = COALESCE(beendigungsgrund, :grund)",
                Map.of("am", e.beendetAm(), "grund", e.grund().name()));
    }

    @EventHandler
    void on(EinwilligungWiderrufen e, @SequenceNumber long seq) {
        // §12 SGB XII: the agreement rests on consent; the withdrawal ends it on the day declared.
        vereinbarung(e.hilfevereinbarungId(), seq, "beendet_am = COALESCE(beendet_am, :am), beendigungsgrund = COALESCE(beendigungsgrund, :grund)",
                Map.of("am", e.datum(), "grund", Beendigungsgrund.EINWILLIGUNG_WIDERRUFEN.name()));
    }

    @EventHandler
    void on(ZielErreicht e, @SequenceNumber long seq) {
        ziel(e.hilfevereinbarungId(), seq, e.zielId(), "ERREICHT", e.datum());
    }

    @EventHandler
    void on(ZielVerfehlt e, @SequenceNumber long seq) {
        ziel(e.hilfevereinbarungId(), seq, e.zielId(), "VERFEHLT", e.datum());
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE " + String.join(", ", TABELLEN)).update();
    }

    /** Marks the Antrag row as having seen this event; false if it had (redelivery, replay overlap). */
    private boolean neu(UUID antragId, long seq) {
        return jdbc.sql("UPDATE kennzahlen_antrag SET version = :seq WHERE antrag_id = :id AND version < :seq")
                .param("seq", seq).param("id", antragId).update() == 1;
    }

    private void entscheidung(UUID id, UUID antragId, Entscheidungsart art, LocalDate am, LocalDate wirksam,
            Map<String, ?> werte, UUID ersetzt) {
        jdbc.sql("""
                        INSERT INTO kennzahlen_entscheidung (entscheidung_id, antrag_id, art, entschieden_am, wirksam_am,
                            betrag_monatlich_cent, bewilligung_von, bewilligung_bis, ersetzt_id, aufgehobene_id, aufgehoben_ab)
                        VALUES (:id, :antrag, :art, :am, :wirksam, :betrag, :von, :bis, :ersetzt, :aufgehobene, :ab)
                        ON CONFLICT (entscheidung_id) DO NOTHING""")
                .param("id", id)
                .param("antrag", antragId)
                .param("art", art.name())
                .param("am", am)
                .param("wirksam", wirksam)
                .param("betrag", werte.get("betrag"))
                .param("von", werte.get("von"))
                .param("bis", werte.get("bis"))
                .param("ersetzt", ersetzt)
                .param("aufgehobene", werte.get("aufgehobene"))
                .param("ab", werte.get("ab"))
                .update();
    }

    /**
     * Which decision a new one supersedes. A grant still waiting for approval never counted: a
     * decision replacing it takes over what that grant was to supersede (e.g. the decision
     * remedied by an Abhilfe), so the older decision stops counting when the replacement does count.
     */
    private UUID ersetzt(UUID ersetztId) {
        if (ersetztId == null) {
            return null;
        }
        return jdbc.sql("SELECT wirksam_am IS NULL AS offen, ersetzt_id FROM kennzahlen_entscheidung WHERE entscheidung_id = :id")
                .param("id", ersetztId)
                .query((rs, n) -> rs.getBoolean("offen") ? rs.getObject("ersetzt_id", UUID.class) : ersetztId)
                .optional()
                .orElse(ersetztId);
    }

    /** The first decision that counts is kept; later ones (Abhilfe, Aufhebung) do not replace it. */
    private void ersteEntscheidung(UUID antragId, Entscheidungsart art, LocalDate am) {
        jdbc.sql("""
                        UPDATE kennzahlen_antrag SET erste_entscheidung_am = :am, erste_entscheidung_art = :art
                        WHERE antrag_id = :id AND erste_entscheidung_am IS NULL""")
                .param("am", am).param("art", art.name()).param("id", antragId).update();
    }

    private void widerspruchErledigt(UUID widerspruchId, String ergebnis, LocalDate am) {
        jdbc.sql("UPDATE kennzahlen_widerspruch SET ergebnis = :ergebnis, erledigt_am = :am WHERE widerspruch_id = :id AND ergebnis IS NULL")
                .param("ergebnis", ergebnis).param("am", am).param("id", widerspruchId).update();
    }

    private boolean vereinbarung(UUID id, long seq, String aenderung, Map<String, ?> werte) {
        String setzen = (aenderung == null ? "" : aenderung + ", ") + "version = :seq";
        return jdbc.sql("UPDATE kennzahlen_vereinbarung SET " + setzen + " WHERE hilfevereinbarung_id = :id AND version < :seq")
                .params(werte).param("seq", seq).param("id", id).update() == 1;
    }

    private void ziel(UUID hilfevereinbarungId, long seq, UUID zielId, String ergebnis, LocalDate am) {
        if (vereinbarung(hilfevereinbarungId, seq, null, Map.of())) {
            jdbc.sql("""
                            INSERT INTO kennzahlen_ziel (hilfevereinbarung_id, ziel_id, ergebnis, festgestellt_am)
                            VALUES (:id, :ziel, :ergebnis, :am) ON CONFLICT DO NOTHING""")
                    .param("id", hilfevereinbarungId).param("ziel", zielId).param("ergebnis", ergebnis).param("am", am).update();
        }
    }

    /**
     * A corrected birth date (Art. 16 DSGVO) corrects the age group of the Fall's Anträge: the figures count the
     * person by the right age. An unreadable (erased) birth date leaves the stored groups as they are. Order-free:
     * the Antrag's own handler reads the latest birth date in the store, this one sets it, so both orders (and a
     * replay) end with the latest.
     */
    @EventHandler
    void on(PersonendatenBerichtigt e) {
        LocalDate geburtsdatum = e.person().geburtsdatum();
        if (!e.geaendert().contains(Personenangabe.GEBURTSDATUM) || geburtsdatum == null) {
            return;
        }
        jdbc.sql("SELECT antrag_id, eingangsdatum FROM kennzahlen_antrag WHERE fall_id = :fall").param("fall", e.fallId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .forEach(antrag -> jdbc.sql("UPDATE kennzahlen_antrag SET altersgruppe = :gruppe WHERE antrag_id = :id")
                        .param("gruppe", altersgruppe(geburtsdatum, antrag.getValue()).map(Enum::name).orElse(null))
                        .param("id", antrag.getKey()).update());
    }

    /** The birth date as the Fall's events say now: the opening's, or the last corrected one. */
    private LocalDate geburtsdatum(UUID fallId) {
        return Geburtsdatum.aus(ereignisse.readEvents(fallId.toString(), 0).asStream().map(n -> n.getPayload()).toList());
    }

    private FallEroeffnet fallEroeffnung(UUID fallId) {
        return ereignisse.readEvents(fallId.toString(), 0).asStream()
                .map(nachricht -> nachricht.getPayload())
                .filter(FallEroeffnet.class::isInstance)
                .map(FallEroeffnet.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Fall " + fallId + " ohne Eröffnung im Event Store"));
    }

    /** The age group on {@code tag}; empty if the birth date is not readable (erased personal data). */
    static Optional<Altersgruppe> altersgruppe(LocalDate geburtsdatum, LocalDate tag) {
        return Altersgruppe.am(geburtsdatum, tag);
    }
}
