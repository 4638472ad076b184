package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.query.common.Neuanwendung;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agreement views forget an erased Fall's personal data: its agreements are rebuilt from the now unreadable events. */
@Component
@ProcessingGroup(HilfevereinbarungProjektor.PROCESSING_GROUP)
class HilfevereinbarungLoeschung {

    private static final String[] TABELLEN = {"hilfevereinbarung_pflichtverletzung", "hilfevereinbarung_ueberpruefung",
            "hilfevereinbarung_ziel", "hilfevereinbarung_massnahme", "hilfevereinbarung_fassung", "hilfevereinbarung"};

    private final JdbcClient jdbc;
    private final Neuanwendung neuanwendung;
    private final HilfevereinbarungProjektor projektor;

    HilfevereinbarungLoeschung(JdbcClient jdbc, Neuanwendung neuanwendung, HilfevereinbarungProjektor projektor) {
        this.jdbc = jdbc;
        this.neuanwendung = neuanwendung;
        this.projektor = projektor;
    }

    @EventHandler
    void on(PersonendatenGeloescht e) {
        if (e.hilfevereinbarungen().isEmpty()) {
            return;
        }
        for (String tabelle : TABELLEN) {
            jdbc.sql("DELETE FROM " + tabelle + " WHERE hilfevereinbarung_id IN (:ids)").param("ids", e.hilfevereinbarungen()).update();
        }
        neuanwendung.erneutAnwenden(e.hilfevereinbarungen(), projektor);
    }
}
