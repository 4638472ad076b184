package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufDesFalls;
import de.fallbuch.kernel.verlauf.VerlaufLesen;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The Verlauf of a Fall for its readers, REST and UI alike: a read of the case file, decided and
 * recorded by {@link Fallakte} with the reader the query carries.
 */
@Component
class VerlaufLeseHandler {

    private final Fallakte fallakte;
    private final VerlaufAbfrageHandler verlauf;

    VerlaufLeseHandler(Fallakte fallakte, VerlaufAbfrageHandler verlauf) {
        this.fallakte = fallakte;
        this.verlauf = verlauf;
    }

    @QueryHandler
    VerlaufDesFalls handle(VerlaufLesen abfrage, MetaData metadaten) {
        FallAnsicht fall = fallakte.oeffnen(AktuellerLeser.aus(metadaten), abfrage.fallId(), Akteneinsicht.Was.VERLAUF);
        if (abfrage.von() != null && abfrage.bis() != null && !abfrage.von().isBefore(abfrage.bis())) {
            throw new UngueltigeAngabe("bis", "Das Ende des Zeitraums muss nach seinem Anfang liegen.");
        }
        return new VerlaufDesFalls(fall, verlauf.handle(new VerlaufAbfragen(abfrage.fallId(), abfrage.aggregat(), abfrage.von(),
                abfrage.bis())));
    }
}
