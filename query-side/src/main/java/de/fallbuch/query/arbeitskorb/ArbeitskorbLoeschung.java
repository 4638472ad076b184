package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.query.common.Neuanwendung;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Arbeitskorb forgets an erased Fall's personal data: its rows are rebuilt from the now unreadable events. */
@Component
@ProcessingGroup(ArbeitskorbProjektor.PROCESSING_GROUP)
class ArbeitskorbLoeschung {

    private final JdbcClient jdbc;
    private final Neuanwendung neuanwendung;
    private final Object[] projektoren;

    ArbeitskorbLoeschung(JdbcClient jdbc, Neuanwendung neuanwendung, ArbeitskorbProjektor fall, AntragArbeitskorb antraege,
            HilfevereinbarungArbeitskorb vereinbarungen) {
        this.jdbc = jdbc;
        this.neuanwendung = neuanwendung;
        this.projektoren = new Object[] {fall, antraege, vereinbarungen};
    }

    @EventHandler
    void on(PersonendatenGeloescht e) {
        for (String tabelle : new String[] {"arbeitskorb_frist", "arbeitskorb_fall", "arbeitskorb_bezug"}) {
            jdbc.sql("DELETE FROM " + tabelle + " WHERE fall_id = :id").param("id", e.fallId()).update();
        }
        neuanwendung.erneutAnwenden(Neuanwendung.alleDatensubjekte(e), projektoren);
    }
}
