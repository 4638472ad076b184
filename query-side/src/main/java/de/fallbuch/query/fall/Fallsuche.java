package de.fallbuch.query.fall;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.fall.FaelleSuchen;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallZeile;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds Fälle by Aktenzeichen or name, by the same need to know as the Fall list: Fallmanager and
 * Sachgebietsleitung search their Dienststellen, Rechtsprüfung everywhere, Revision nothing.
 * Answers {@link FaelleSuchen} for every door; opening a hit still goes through {@link Fallakte}, which records the read.
 */
@Component
class Fallsuche {

    /** A search finds a case to open, not a report: more hits than this call for a sharper term. */
    static final int HOECHSTENS = 50;

    private final JdbcClient jdbc;
    private final Akteneinsicht akteneinsicht;

    Fallsuche(JdbcClient jdbc, Akteneinsicht akteneinsicht) {
        this.jdbc = jdbc;
        this.akteneinsicht = akteneinsicht;
    }

    /**
     * Hits for a part of an Aktenzeichen, a surname, a first name or "Nachname, Vorname"; newest first.
     * Every hit is recorded as read (the term is not: it may be a name); an empty form is no search.
     */
    @QueryHandler
    List<FallZeile> suchen(FaelleSuchen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        String begriff = abfrage.begriff();
        if (!Fallakte.darfPersonendatenSehen(leser)) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.SUCHE);
            throw Fallakte.keinePersonendaten(leser);
        }
        if (begriff == null || begriff.isBlank()) {
            return List.of();
        }
        List<FallZeile> treffer = treffer(leser, begriff);
        akteneinsicht.listeProtokollieren(leser, treffer.stream().map(FallZeile::fallId).toList(), Akteneinsicht.Was.SUCHE);
        return treffer;
    }

    private List<FallZeile> treffer(Akteur leser, String begriff) {
        String[] dienststellen = leser.rolle() == Rolle.RECHTSPRUEFUNG ? new String[0] : leser.dienststellen().toArray(String[]::new);
        if (dienststellen.length == 0 && leser.rolle() != Rolle.RECHTSPRUEFUNG) {
            return List.of();
        }
        String muster = "%" + begriff.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT f.fall_id, f.aktenzeichen, f.status, f.dienststelle, f.fallmanager, f.nachname, f.vorname,
                               f.eroeffnet_am, f.version,
                               (SELECT min(w.faellig_am) FROM fall_wiedervorlage w
                                 WHERE w.fall_id = f.fall_id AND w.erledigt_am IS NULL AND NOT w.entfallen) AS naechste
                        FROM fall_uebersicht f
                        WHERE (cardinality(CAST(:ds AS text[])) = 0 OR f.dienststelle = ANY (CAST(:ds AS text[])))
                          AND (lower(f.aktenzeichen) LIKE :muster
                               OR lower(f.nachname) LIKE :muster
                               OR lower(f.vorname) LIKE :muster
                               OR lower(f.nachname || ', ' || f.vorname) LIKE :muster
                               OR lower(f.vorname || ' ' || f.nachname) LIKE :muster)
                        ORDER BY f.eroeffnet_am DESC, f.aktenzeichen DESC
                        LIMIT :hoechstens""")
                .param("ds", dienststellen)
                .param("muster", muster)
                .param("hoechstens", HOECHSTENS)
                .query((rs, n) -> new FallZeile(rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"),
                        FallStatus.valueOf(rs.getString("status")), rs.getString("dienststelle"),
                        rs.getString("fallmanager"), rs.getString("nachname"), rs.getString("vorname"),
                        datum(rs.getDate("eroeffnet_am")), datum(rs.getDate("naechste")), rs.getLong("version")))
                .list();
    }

    private static java.time.LocalDate datum(Date datum) {
        return datum == null ? null : datum.toLocalDate();
    }
}
