package de.fallbuch.query.antrag;

import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.query.common.Neuanwendung;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Antrag views forget an erased Fall's personal data: its Anträge are rebuilt from the now unreadable events. */
@Component
@ProcessingGroup(AntragUebersichtProjektor.PROCESSING_GROUP)
class AntragLoeschung {

    private final JdbcClient jdbc;
    private final Neuanwendung neuanwendung;
    private final AntragUebersichtProjektor uebersicht;
    private final EntscheidungshistorieProjektor entscheidungen;

    AntragLoeschung(JdbcClient jdbc, Neuanwendung neuanwendung, AntragUebersichtProjektor uebersicht,
            EntscheidungshistorieProjektor entscheidungen) {
        this.jdbc = jdbc;
        this.neuanwendung = neuanwendung;
        this.uebersicht = uebersicht;
        this.entscheidungen = entscheidungen;
    }

    @EventHandler
    void on(PersonendatenGeloescht e) {
        if (e.antraege().isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM antrag_entscheidung WHERE antrag_id IN (:ids)").param("ids", e.antraege()).update();
        jdbc.sql("DELETE FROM antrag_uebersicht WHERE antrag_id IN (:ids)").param("ids", e.antraege()).update();
        neuanwendung.erneutAnwenden(e.antraege(), uebersicht, entscheidungen);
    }
}
