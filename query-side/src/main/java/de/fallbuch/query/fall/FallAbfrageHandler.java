package de.fallbuch.query.fall;

import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.query.common.StandAmRekonstruktion;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.FaelleAuflisten;
import de.fallbuch.kernel.fall.FallAbfragen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallStandAmAbfragen;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallZeile;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/** Answers the Fall queries from the {@code fall_uebersicht} read model. */
@Component
class FallAbfrageHandler {

    private final JdbcClient jdbc;
    private final FallUebersichtProjektor projektor;
    private final StandAmRekonstruktion rekonstruktion;
    private final TransactionTemplate einBild;

    FallAbfrageHandler(JdbcClient jdbc, FallUebersichtProjektor projektor, StandAmRekonstruktion rekonstruktion,
            PlatformTransactionManager transaktionen) {
        this.jdbc = jdbc;
        this.projektor = projektor;
        this.rekonstruktion = rekonstruktion;
        // The Fall row and its Wiedervorlagen are two reads; one snapshot makes them agree with each other
        // (read separately, a projector's commit in between showed a version without its Wiedervorlage).
        this.einBild = new TransactionTemplate(transaktionen);
        einBild.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        einBild.setReadOnly(true);
    }

    @QueryHandler
    Optional<FallAnsicht> handle(FallStandAmAbfragen abfrage) {
        return rekonstruktion.rekonstruieren(abfrage.fallId().toString(), abfrage.stand(),
                FallUebersichtProjektor.TABELLEN, projektor, () -> handle(new FallAbfragen(abfrage.fallId())));
    }

    @QueryHandler
    Optional<FallAnsicht> handle(FallAbfragen abfrage) {
        return einBild.execute(status -> fall(abfrage));
    }

    private Optional<FallAnsicht> fall(FallAbfragen abfrage) {
        List<FallAnsicht.Wiedervorlage> wiedervorlagen = jdbc.sql("""
                        SELECT wiedervorlage_id, faellig_am, anlass, erledigt_am, entfallen FROM fall_wiedervorlage
                        WHERE fall_id = :id ORDER BY faellig_am, wiedervorlage_id""")
                .param("id", abfrage.fallId())
                .query((rs, n) -> new FallAnsicht.Wiedervorlage(rs.getObject(1, UUID.class), datum(rs, 2),
                        rs.getString(3), datum(rs, 4), rs.getBoolean(5)))
                .list();
        return jdbc.sql("SELECT * FROM fall_uebersicht WHERE fall_id = :id")
                .param("id", abfrage.fallId())
                .query((rs, n) -> ansicht(rs, wiedervorlagen))
                .optional();
    }

    @QueryHandler
    List<FallZeile> handle(FaelleAuflisten abfrage) {
        return jdbc.sql("""
                        SELECT f.fall_id, f.aktenzeichen, f.status, f.dienststelle, f.fallmanager, f.nachname, f.vorname,
                               f.eroeffnet_am, f.version,
                               (SELECT min(w.faellig_am) FROM fall_wiedervorlage w
                                 WHERE w.fall_id = f.fall_id AND w.erledigt_am IS NULL AND NOT w.entfallen) AS naechste
                        FROM fall_uebersicht f
                        WHERE (cardinality(CAST(:ds AS text[])) = 0 OR f.dienststelle = ANY (CAST(:ds AS text[])))
                          AND (CAST(:fm AS text) IS NULL OR f.fallmanager = :fm)
                          AND (CAST(:status AS text) IS NULL OR f.status = :status)
                        ORDER BY f.eroeffnet_am DESC, f.aktenzeichen DESC""")
                .param("ds", abfrage.dienststellen().toArray(String[]::new))
                .param("fm", abfrage.fallmanager())
                .param("status", abfrage.status() == null ? null : abfrage.status().name())
                .query((rs, n) -> new FallZeile(rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"),
                        FallStatus.valueOf(rs.getString("status")), rs.getString("dienststelle"),
                        rs.getString("fallmanager"), rs.getString("nachname"), rs.getString("vorname"),
                        datum(rs, "eroeffnet_am"), datum(rs, "naechste"), rs.getLong("version")))
                .list();
    }

    private static FallAnsicht ansicht(ResultSet rs, List<FallAnsicht.Wiedervorlage> wiedervorlagen) throws SQLException {
        Anschrift anschrift = rs.getString("strasse") == null ? null
                : new Anschrift(rs.getString("strasse"), rs.getString("plz"), rs.getString("ort"));
        Person person = new Person(rs.getString("vorname"), rs.getString("nachname"), datum(rs, "geburtsdatum"), anschrift);
        String erwerbsfaehigkeit = rs.getString("erwerbsfaehigkeit");
        String abschlussgrund = rs.getString("abschlussgrund");
        return new FallAnsicht(
                rs.getObject("fall_id", UUID.class),
                rs.getString("aktenzeichen"),
                FallStatus.valueOf(rs.getString("status")),
                rs.getString("dienststelle"),
                rs.getString("fallmanager"),
                person,
                rs.getString("anliegen"),
                datum(rs, "eroeffnet_am"),
                datum(rs, "erstberatung_am"),
                rs.getInt("anzahl_beratungsgespraeche"),
                erwerbsfaehigkeit == null ? null : Erwerbsfaehigkeit.valueOf(erwerbsfaehigkeit),
                datum(rs, "abgeschlossen_am"),
                abschlussgrund == null ? null : Abschlussgrund.valueOf(abschlussgrund),
                wiedervorlagen,
                rs.getLong("version"),
                rs.getObject("geaendert_am", OffsetDateTime.class).toInstant());
    }

    private static LocalDate datum(ResultSet rs, String spalte) throws SQLException {
        Date datum = rs.getDate(spalte);
        return datum == null ? null : datum.toLocalDate();
    }

    private static LocalDate datum(ResultSet rs, int spalte) throws SQLException {
        Date datum = rs.getDate(spalte);
        return datum == null ? null : datum.toLocalDate();
    }
}
