package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AusstehendeFreigabe;
import de.fallbuch.kernel.antrag.AusstehendeFreigabenAbfragen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grants above the limit that wait for a second person (Vier-Augen-Prinzip), for the Arbeitskorb of
 * the web UI: the Sachgebietsleitung sees those of its Dienststellen, a Fallmanager their own
 * decisions still waiting; other roles none. Oldest first, since they hold up a payment.
 */
@Component
class AusstehendeFreigaben {

    private final JdbcClient jdbc;
    private final Akteneinsicht akteneinsicht;

    AusstehendeFreigaben(JdbcClient jdbc, Akteneinsicht akteneinsicht) {
        this.jdbc = jdbc;
        this.akteneinsicht = akteneinsicht;
    }

    @QueryHandler
    List<AusstehendeFreigabe> fuerAngemeldete(AusstehendeFreigabenAbfragen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        if (leser.rolle() != Rolle.SACHGEBIETSLEITUNG && leser.rolle() != Rolle.FALLMANAGER) {
            return List.of();
        }
        List<AusstehendeFreigabe> freigaben = jdbc.sql("""
                        SELECT a.antrag_id, a.fall_id, f.aktenzeichen, f.nachname, a.leistungsart, a.betrag_monatlich_cent,
                               a.entschieden_von, a.entschieden_am
                        FROM antrag_uebersicht a JOIN fall_uebersicht f ON f.fall_id = a.fall_id
                        WHERE a.status = 'FREIGABE_AUSSTEHEND'
                          AND f.dienststelle = ANY (CAST(:ds AS text[]))
                          AND (CAST(:von AS text) IS NULL OR a.entschieden_von = :von)
                        ORDER BY a.entschieden_am, f.aktenzeichen""")
                .param("ds", leser.dienststellen().toArray(String[]::new))
                .param("von", leser.rolle() == Rolle.FALLMANAGER ? leser.benutzer() : null)
                .query((rs, n) -> new AusstehendeFreigabe(rs.getObject("antrag_id", UUID.class), rs.getObject("fall_id", UUID.class),
                        rs.getString("aktenzeichen"), rs.getString("nachname"), Leistungsart.valueOf(rs.getString("leistungsart")),
                        rs.getObject("betrag_monatlich_cent", Long.class), rs.getString("entschieden_von"),
                        rs.getDate("entschieden_am") == null ? null : rs.getDate("entschieden_am").toLocalDate()))
                .list();
        // Shown with the person's name: recorded as read (the Arbeitskorb page records its own rows besides).
        if (!freigaben.isEmpty()) {
            akteneinsicht.listeProtokollieren(leser, freigaben.stream().map(AusstehendeFreigabe::fallId).toList(), Akteneinsicht.Was.FREIGABEN);
        }
        return freigaben;
    }
}
