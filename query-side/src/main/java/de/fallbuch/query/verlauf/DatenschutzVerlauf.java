package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.fall.LoeschsperreAufgehoben;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.common.Deutsch;
import de.fallbuch.query.common.Neuanwendung;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Verlauf of legal holds and of the erasure. When a Fall is erased, every sentence of its Verlauf is
 * written again from the events, whose personal values now read as "[gelöscht]": the Verlauf keeps
 * every entry (plus the one that records the erasure) and no clear copy.
 */
@Component
@ProcessingGroup(Verlaufsprojektor.PROCESSING_GROUP)
class DatenschutzVerlauf {

    private final JdbcClient jdbc;
    private final Neuanwendung neuanwendung;
    private final Verlaufsprojektor verlauf;
    private final AntragVerlauf antraege;
    private final HilfevereinbarungVerlauf vereinbarungen;

    DatenschutzVerlauf(JdbcClient jdbc, Neuanwendung neuanwendung, Verlaufsprojektor verlauf, AntragVerlauf antraege,
            HilfevereinbarungVerlauf vereinbarungen) {
        this.jdbc = jdbc;
        this.neuanwendung = neuanwendung;
        this.verlauf = verlauf;
        this.antraege = antraege;
        this.vereinbarungen = vereinbarungen;
    }

    @EventHandler
    void on(LoeschsperreGesetzt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        verlauf.eintragen(e.fallId(), Aggregat.FALL, e.fallId(), nachricht, seq,
                "Löschsperre gesetzt am " + Deutsch.datum(e.gesetztAm()), null, e.grund());
    }

    @EventHandler
    void on(LoeschsperreAufgehoben e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        verlauf.eintragen(e.fallId(), Aggregat.FALL, e.fallId(), nachricht, seq,
                "Löschsperre aufgehoben am " + Deutsch.datum(e.aufgehobenAm()), null, e.grund());
    }

    @EventHandler
    void on(PersonendatenGeloescht e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        jdbc.sql("DELETE FROM verlauf_eintrag WHERE fall_id = :id AND ereignis <> :loeschung")
                .param("id", e.fallId()).param("loeschung", PersonendatenGeloescht.class.getSimpleName()).update();
        neuanwendung.erneutAnwenden(Neuanwendung.alleDatensubjekte(e), verlauf, antraege, vereinbarungen, this);
        verlauf.eintragen(e.fallId(), Aggregat.FALL, e.fallId(), nachricht, seq,
                "Personenbezogene Daten gelöscht am " + Deutsch.datum(e.geloeschtAm())
                        + " (Ende der Aufbewahrung); Entscheidungen, Daten und Beträge bleiben erhalten",
                e.rechtsgrundlage(), e.begruendung());
    }
}
