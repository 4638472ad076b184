package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbAbfragen;
import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.arbeitskorb.Fristart;
import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the Arbeitskorb from its tables; the Anträge' states come from the Antrag view. */
@Component
class ArbeitskorbAbfrageHandler {

    private static final String FILTER = """
            f.dienststelle = ANY (CAST(:ds AS text[])) AND (CAST(:fm AS text) IS NULL OR f.fallmanager = :fm)""";

    private final JdbcClient jdbc;

    ArbeitskorbAbfrageHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Arbeitskorb handle(ArbeitskorbAbfragen abfrage) {
        LocalDate heute = abfrage.heute();
        List<Arbeitskorb.OffenerFall> faelle = jdbc.sql("""
                        SELECT * FROM arbeitskorb_fall f WHERE f.status = 'OFFEN' AND %s
                        ORDER BY f.eroeffnet_am, f.aktenzeichen""".formatted(FILTER))
                .param("ds", abfrage.dienststellen().toArray(String[]::new))
                .param("fm", abfrage.fallmanager())
                .query((rs, n) -> {
                    LocalDate eroeffnet = rs.getDate("eroeffnet_am").toLocalDate();
                    return new Arbeitskorb.OffenerFall(rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"),
                            rs.getString("dienststelle"), rs.getString("fallmanager"), rs.getString("nachname"),
                            rs.getString("vorname"), eroeffnet, ChronoUnit.DAYS.between(eroeffnet, heute));
                })
                .list();
        List<Arbeitskorb.Frist> fristen = jdbc.sql("""
                        SELECT t.*, f.aktenzeichen, f.fallmanager, f.nachname FROM arbeitskorb_frist t
                        JOIN arbeitskorb_fall f ON f.fall_id = t.fall_id
                        WHERE NOT t.erledigt AND %s
                        ORDER BY t.faellig_am, f.aktenzeichen, t.frist_id""".formatted(FILTER))
                .param("ds", abfrage.dienststellen().toArray(String[]::new))
                .param("fm", abfrage.fallmanager())
                .query((rs, n) -> {
                    LocalDate faellig = rs.getDate("faellig_am").toLocalDate();
                    long tage = ChronoUnit.DAYS.between(heute, faellig);
                    Fristart art = Fristart.valueOf(rs.getString("art"));
                    return new Arbeitskorb.Frist(rs.getString("frist_id"), art, art.bezeichnung(), faellig, tage, tage < 0,
                            rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"), rs.getString("fallmanager"),
                            rs.getString("nachname"), rs.getObject("bezug_id", UUID.class), rs.getString("beschreibung"));
                })
                .list();
        List<Arbeitskorb.OffenerAntrag> antraege = jdbc.sql("""
                        SELECT a.antrag_id, a.fall_id, a.leistungsart, a.status, a.eingangsdatum, f.aktenzeichen, f.nachname
                        FROM antrag_uebersicht a JOIN arbeitskorb_fall f ON f.fall_id = a.fall_id
                        WHERE a.status NOT IN ('BESTANDSKRAEFTIG', 'ZURUECKGENOMMEN', 'WIDERSPRUCH_ZURUECKGEWIESEN') AND %s
                        ORDER BY a.status, a.eingangsdatum, a.antrag_id""".formatted(FILTER))
                .param("ds", abfrage.dienststellen().toArray(String[]::new))
                .param("fm", abfrage.fallmanager())
                .query((rs, n) -> {
                    LocalDate eingang = rs.getDate("eingangsdatum").toLocalDate();
                    AntragStatus status = AntragStatus.valueOf(rs.getString("status"));
                    return new Arbeitskorb.OffenerAntrag(rs.getObject("antrag_id", UUID.class), rs.getObject("fall_id", UUID.class),
                            rs.getString("aktenzeichen"), rs.getString("nachname"), Leistungsart.valueOf(rs.getString("leistungsart")),
                            status, status.bezeichnung(), eingang, ChronoUnit.DAYS.between(eingang, heute));
                })
                .list();
        return new Arbeitskorb(heute, faelle, antraege, fristen);
    }
}
