package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbfragen;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.AntragLesen;
import de.fallbuch.kernel.antrag.AntragStandAmAbfragen;
import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.kernel.antrag.EntscheidungenLesen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Reads an Antrag by the same need to know as its Fall (see {@link Fallakte}): Fallmanager and
 * Sachgebietsleitung of the Fall's Dienststelle, Rechtsprüfung everywhere; Revision sees no personal
 * data. Every read is recorded, with the reader the query carries.
 */
@Component
class AntragLeseHandler {

    private final AntragAbfrageHandler antraege;
    private final Fallakte fallakte;

    AntragLeseHandler(AntragAbfrageHandler antraege, Fallakte fallakte) {
        this.antraege = antraege;
        this.fallakte = fallakte;
    }

    @QueryHandler
    AntragAnsicht handle(AntragLesen abfrage, MetaData metadaten) {
        AntragAnsicht aktuell = lesbar(AktuellerLeser.aus(metadaten), abfrage.antragId());
        if (abfrage.stand() == null) {
            return aktuell;
        }
        return antraege.handle(new AntragStandAmAbfragen(abfrage.antragId(), abfrage.stand()))
                .orElseThrow(() -> new NichtGefunden("ANTRAG_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                        "Zu diesem Zeitpunkt gab es diesen Antrag noch nicht."));
    }

    /** The Entscheidungshistorie: every decision, superseded and revoked ones included and marked. */
    @QueryHandler
    List<Entscheidungseintrag> handle(EntscheidungenLesen abfrage, MetaData metadaten) {
        lesbar(AktuellerLeser.aus(metadaten), abfrage.antragId());
        return antraege.handle(new EntscheidungenAbfragen(abfrage.antragId()));
    }

    private AntragAnsicht lesbar(Akteur leser, UUID antragId) {
        AntragAnsicht ansicht = antraege.handle(new AntragAbfragen(antragId))
                .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
        fallakte.oeffnen(leser, ansicht.fallId(), Akteneinsicht.Was.ANTRAG);
        return ansicht;
    }
}
