package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.FassungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungenVergleichen;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsstatus;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStatus;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenstatus;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import de.fallbuch.kernel.hilfevereinbarung.Zielstatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStandAmAbfragen;
import de.fallbuch.query.common.StandAmRekonstruktion;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the Hilfevereinbarung queries from its read model. */
@Component
class HilfevereinbarungAbfrageHandler {

    private static final String FASSUNG = """
            SELECT hilfevereinbarung_id, fassung, inhalt::text AS inhalt, anlass, stand_vom, person_unterschrieben_am,
                   fallmanager_unterschrieben_am, fallmanager_unterschrieben_von, in_kraft_am, abgeloest_am,
                   (SELECT fall_id FROM hilfevereinbarung h WHERE h.hilfevereinbarung_id = f.hilfevereinbarung_id) AS fall_id
            FROM hilfevereinbarung_fassung f""";

    private final JdbcClient jdbc;
    private final InhaltJson json;
    private final HilfevereinbarungProjektor projektor;
    private final StandAmRekonstruktion rekonstruktion;

    HilfevereinbarungAbfrageHandler(JdbcClient jdbc, InhaltJson json, HilfevereinbarungProjektor projektor,
            StandAmRekonstruktion rekonstruktion) {
        this.jdbc = jdbc;
        this.json = json;
        this.projektor = projektor;
        this.rekonstruktion = rekonstruktion;
    }

    @QueryHandler
    Optional<HilfevereinbarungAnsicht> handle(HilfevereinbarungStandAmAbfragen abfrage) {
        return rekonstruktion.rekonstruieren(abfrage.hilfevereinbarungId().toString(), abfrage.stand(),
                HilfevereinbarungProjektor.TABELLEN, projektor,
                () -> handle(new HilfevereinbarungAbfragen(abfrage.hilfevereinbarungId())));
    }

    @QueryHandler
    Optional<HilfevereinbarungAnsicht> handle(HilfevereinbarungAbfragen abfrage) {
        return jdbc.sql("SELECT * FROM hilfevereinbarung WHERE hilfevereinbarung_id = :id")
                .param("id", abfrage.hilfevereinbarungId())
                .query((rs, n) -> kopf(rs))
                .optional()
                .map(this::ansicht);
    }

    @QueryHandler
    Optional<FassungAnsicht> handle(FassungAbfragen abfrage) {
        return fassung(abfrage.hilfevereinbarungId(), abfrage.fassung());
    }

    @QueryHandler
    Optional<Fassungsvergleich> handle(FassungenVergleichen abfrage) {
        Optional<FassungAnsicht> von = fassung(abfrage.hilfevereinbarungId(), abfrage.von());
        Optional<FassungAnsicht> bis = fassung(abfrage.hilfevereinbarungId(), abfrage.bis());
        if (von.isEmpty() || bis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Fassungsvergleicher.vergleiche(abfrage.hilfevereinbarungId(), abfrage.von(), von.get().inhalt(),
                abfrage.bis(), bis.get().inhalt()));
    }

    @QueryHandler
    List<HilfevereinbarungZeile> handle(HilfevereinbarungenZumFallAuflisten abfrage) {
        return jdbc.sql("SELECT * FROM hilfevereinbarung WHERE fall_id = :fall ORDER BY entworfen_am DESC, version DESC, hilfevereinbarung_id")
                .param("fall", abfrage.fallId())
                .query((rs, n) -> new HilfevereinbarungZeile(
                        rs.getObject("hilfevereinbarung_id", UUID.class),
                        rs.getObject("fall_id", UUID.class),
                        rs.getString("dienststelle"),
                        HilfevereinbarungStatus.valueOf(rs.getString("status")),
                        rs.getObject("geltende_fassung", Integer.class),
                        rs.getObject("entwurfsfassung", Integer.class),
                        datum(rs, "entworfen_am"),
                        datum(rs, "in_kraft_seit"),
                        datum(rs, "naechste_ueberpruefung"),
                        beendigungsgrund(rs),
                        datum(rs, "beendet_am"),
                        rs.getLong("version")))
                .list();
    }

    private Optional<FassungAnsicht> fassung(UUID id, int fassung) {
        return jdbc.sql(FASSUNG + " WHERE f.hilfevereinbarung_id = :id AND f.fassung = :fassung")
                .param("id", id)
                .param("fassung", fassung)
                .query((rs, n) -> fassungAnsicht(rs))
                .optional();
    }

    /** The agreement's own row, read before the tables around it so no query runs inside another. */
    private record Kopf(UUID id, UUID fallId, String dienststelle, HilfevereinbarungStatus status, Integer geltendeFassung,
            Integer entwurfsfassung, LocalDate entworfenAm, LocalDate inKraftSeit, LocalDate naechsteUeberpruefung,
            LocalDate einwilligungWiderrufenAm, String widerrufErklaerung, Beendigungsgrund beendigungsgrund,
            String beendigungBemerkung, LocalDate beendetAm, long version, OffsetDateTime geaendertAm) {
    }

    private static Kopf kopf(ResultSet rs) throws SQLException {
        return new Kopf(
                rs.getObject("hilfevereinbarung_id", UUID.class),
                rs.getObject("fall_id", UUID.class),
                rs.getString("dienststelle"),
                HilfevereinbarungStatus.valueOf(rs.getString("status")),
                rs.getObject("geltende_fassung", Integer.class),
                rs.getObject("entwurfsfassung", Integer.class),
                datum(rs, "entworfen_am"),
                datum(rs, "in_kraft_seit"),
                datum(rs, "naechste_ueberpruefung"),
                datum(rs, "einwilligung_widerrufen_am"),
                rs.getString("widerruf_erklaerung"),
                beendigungsgrund(rs),
                rs.getString("beendigung_bemerkung"),
                datum(rs, "beendet_am"),
                rs.getLong("version"),
                rs.getObject("geaendert_am", OffsetDateTime.class));
    }

    private HilfevereinbarungAnsicht ansicht(Kopf kopf) {
        FassungAnsicht geltend = kopf.geltendeFassung() == null ? null : fassung(kopf.id(), kopf.geltendeFassung()).orElseThrow();
        FassungAnsicht entwurf = kopf.entwurfsfassung() == null ? null : fassung(kopf.id(), kopf.entwurfsfassung()).orElseThrow();
        return new HilfevereinbarungAnsicht(
                kopf.id(),
                kopf.fallId(),
                kopf.dienststelle(),
                kopf.status(),
                kopf.entworfenAm(),
                kopf.inKraftSeit(),
                kopf.naechsteUeberpruefung(),
                geltend,
                entwurf,
                massnahmen(kopf.id(), geltend),
                ziele(kopf.id(), geltend),
                ueberpruefungen(kopf.id()),
                pflichtverletzungen(kopf.id()),
                fassungen(kopf.id(), kopf.status()),
                kopf.einwilligungWiderrufenAm(),
                kopf.widerrufErklaerung(),
                kopf.beendigungsgrund(),
                kopf.beendigungBemerkung(),
                kopf.beendetAm(),
                kopf.version(),
                kopf.geaendertAm().toInstant());
    }

    /** Every measure with progress, and the measures of the Fassung in force that are still only planned. */
    private List<HilfevereinbarungAnsicht.MassnahmeStand> massnahmen(UUID id, FassungAnsicht geltend) {
        Map<UUID, HilfevereinbarungAnsicht.MassnahmeStand> stand = new LinkedHashMap<>();
        if (geltend != null) {
            for (Massnahme massnahme : geltend.inhalt().massnahmen()) {
                stand.put(massnahme.massnahmeId(), new HilfevereinbarungAnsicht.MassnahmeStand(massnahme.massnahmeId(),
                        Massnahmenstatus.GEPLANT, null, null, null, null));
            }
        }
        jdbc.sql("""
                        SELECT massnahme_id, status, begonnen_am, abgeschlossen_am, abgebrochen_am, abbruchgrund
                        FROM hilfevereinbarung_massnahme WHERE hilfevereinbarung_id = :id ORDER BY massnahme_id""")
                .param("id", id)
                .query((rs, n) -> new HilfevereinbarungAnsicht.MassnahmeStand(rs.getObject(1, UUID.class),
                        Massnahmenstatus.valueOf(rs.getString(2)), datum(rs, "begonnen_am"), datum(rs, "abgeschlossen_am"),
                        datum(rs, "abgebrochen_am"), rs.getString("abbruchgrund")))
                .list()
                .forEach(m -> stand.put(m.massnahmeId(), m));
        return new ArrayList<>(stand.values());
    }

    /** Every decided goal, and the goals of the Fassung in force that are still open. */
    private List<HilfevereinbarungAnsicht.ZielStand> ziele(UUID id, FassungAnsicht geltend) {
        Map<UUID, HilfevereinbarungAnsicht.ZielStand> stand = new LinkedHashMap<>();
        if (geltend != null) {
            for (Ziel ziel : geltend.inhalt().ziele()) {
                stand.put(ziel.zielId(), new HilfevereinbarungAnsicht.ZielStand(ziel.zielId(), Zielstatus.OFFEN, null, null));
            }
        }
        jdbc.sql("SELECT ziel_id, status, festgestellt_am, vermerk FROM hilfevereinbarung_ziel WHERE hilfevereinbarung_id = :id ORDER BY ziel_id")
                .param("id", id)
                .query((rs, n) -> new HilfevereinbarungAnsicht.ZielStand(rs.getObject(1, UUID.class),
                        Zielstatus.valueOf(rs.getString(2)), datum(rs, "festgestellt_am"), rs.getString("vermerk")))
                .list()
                .forEach(z -> stand.put(z.zielId(), z));
        return new ArrayList<>(stand.values());
    }

    private List<HilfevereinbarungAnsicht.Ueberpruefung> ueberpruefungen(UUID id) {
        return jdbc.sql("""
                        SELECT datum, ergebnis, naechster_termin, erfasst_von FROM hilfevereinbarung_ueberpruefung
                        WHERE hilfevereinbarung_id = :id ORDER BY ereignis_nr""")
                .param("id", id)
                .query((rs, n) -> new HilfevereinbarungAnsicht.Ueberpruefung(datum(rs, "datum"), rs.getString("ergebnis"),
                        datum(rs, "naechster_termin"), rs.getString("erfasst_von")))
                .list();
    }

    private List<HilfevereinbarungAnsicht.Pflichtverletzung> pflichtverletzungen(UUID id) {
        return jdbc.sql("""
                        SELECT pflicht_id, datum, sachverhalt, stellungnahme, stellungnahme_abgelehnt, erfasst_von
                        FROM hilfevereinbarung_pflichtverletzung WHERE hilfevereinbarung_id = :id ORDER BY ereignis_nr""")
                .param("id", id)
                .query((rs, n) -> new HilfevereinbarungAnsicht.Pflichtverletzung(rs.getObject(1, UUID.class), datum(rs, "datum"),
                        rs.getString("sachverhalt"), rs.getString("stellungnahme"), rs.getBoolean("stellungnahme_abgelehnt"),
                        rs.getString("erfasst_von")))
                .list();
    }

    private List<HilfevereinbarungAnsicht.Fassung> fassungen(UUID id, HilfevereinbarungStatus status) {
        boolean beendet = status == HilfevereinbarungStatus.BEENDET;
        return jdbc.sql("""
                        SELECT fassung, anlass, stand_vom, in_kraft_am, abgeloest_am FROM hilfevereinbarung_fassung
                        WHERE hilfevereinbarung_id = :id ORDER BY fassung""")
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate inKraftAm = datum(rs, "in_kraft_am");
                    LocalDate abgeloestAm = datum(rs, "abgeloest_am");
                    Fassungsstatus fassungsstatus;
                    if (inKraftAm == null) {
                        fassungsstatus = beendet ? Fassungsstatus.NICHT_IN_KRAFT_GETRETEN : Fassungsstatus.ENTWURF;
                    } else if (abgeloestAm != null) {
                        fassungsstatus = Fassungsstatus.ABGELOEST;
                    } else {
                        fassungsstatus = beendet ? Fassungsstatus.AUSSER_KRAFT : Fassungsstatus.IN_KRAFT;
                    }
                    return new HilfevereinbarungAnsicht.Fassung(rs.getInt("fassung"), fassungsstatus, rs.getString("anlass"),
                            datum(rs, "stand_vom"), inKraftAm, abgeloestAm);
                })
                .list();
    }

    private FassungAnsicht fassungAnsicht(ResultSet rs) throws SQLException {
        LocalDate person = datum(rs, "person_unterschrieben_am");
        LocalDate fallmanager = datum(rs, "fallmanager_unterschrieben_am");
        return new FassungAnsicht(
                rs.getObject("hilfevereinbarung_id", UUID.class),
                rs.getObject("fall_id", UUID.class),
                rs.getInt("fassung"),
                rs.getString("anlass"),
                datum(rs, "stand_vom"),
                json.lesen(rs.getString("inhalt")),
                person == null ? null : new FassungAnsicht.Unterschrift(person, null),
                fallmanager == null ? null : new FassungAnsicht.Unterschrift(fallmanager, rs.getString("fallmanager_unterschrieben_von")),
                datum(rs, "in_kraft_am"));
    }

    private static Beendigungsgrund beendigungsgrund(ResultSet rs) throws SQLException {
        String grund = rs.getString("beendigungsgrund");
        return grund == null ? null : Beendigungsgrund.valueOf(grund);
    }

    private static LocalDate datum(ResultSet rs, String spalte) throws SQLException {
        Date datum = rs.getDate(spalte);
        return datum == null ? null : datum.toLocalDate();
    }
}
