package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbAbfragen;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbLesen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.query.common.Abfrageergebnis;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The caller's Arbeitskorb ({@link ArbeitskorbLesen}), for the REST API and the web UI alike. A Fallmanager sees their own
 * Fälle (or, asking for a Dienststelle of theirs, all Fälle there); the Sachgebietsleitung sees its
 * Dienststellen and filters by Dienststelle and Fallmanager; other roles have none. Every Fall it
 * shows, and every refusal, is recorded ({@link Akteneinsicht}).
 */
@Component
public class Arbeitskoerbe {

    private final QueryGateway abfragen;
    private final Clock uhr;
    private final Akteneinsicht akteneinsicht;

    Arbeitskoerbe(QueryGateway abfragen, Clock uhr, Akteneinsicht akteneinsicht) {
        this.abfragen = abfragen;
        this.uhr = uhr;
        this.akteneinsicht = akteneinsicht;
    }

    public static boolean hatArbeitskorb(Akteur akteur) {
        return akteur.rolle() == Rolle.FALLMANAGER || akteur.rolle() == Rolle.SACHGEBIETSLEITUNG;
    }

    @QueryHandler
    Arbeitskorb handle(ArbeitskorbLesen abfrage, MetaData metadaten) {
        return arbeitskorb(AktuellerLeser.aus(metadaten), Optional.ofNullable(abfrage.dienststelle()),
                Optional.ofNullable(abfrage.fallmanager()));
    }

    private Arbeitskorb arbeitskorb(Akteur leser, Optional<String> dienststelle, Optional<String> fallmanager) {
        if (!hatArbeitskorb(leser)) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.ARBEITSKORB);
            throw new ZugriffVerweigert("KEIN_ARBEITSKORB",
                    "Einen Arbeitskorb haben Fallmanagerinnen, Fallmanager und die Sachgebietsleitung.");
        }
        if (dienststelle.isPresent() && !leser.dienststellen().contains(dienststelle.get())) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.ARBEITSKORB);
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE", "Sie sind der Dienststelle „" + dienststelle.get() + "“ nicht zugeordnet.");
        }
        Set<String> dienststellen = dienststelle.map(Set::of).orElse(leser.dienststellen());
        String nurFallmanager = fallmanager.orElse(
                leser.rolle() == Rolle.FALLMANAGER && dienststelle.isEmpty() ? leser.benutzer() : null);
        Arbeitskorb korb = Abfrageergebnis.von(abfragen.query(new ArbeitskorbAbfragen(dienststellen, nurFallmanager, LocalDate.now(uhr)),
                ResponseTypes.instanceOf(Arbeitskorb.class)));
        // Every Fall the Arbeitskorb names (with a name) is recorded as read, before it is shown.
        List<UUID> gezeigt = Stream.of(korb.offeneFaelle().stream().map(Arbeitskorb.OffenerFall::fallId),
                        korb.antraege().stream().map(Arbeitskorb.OffenerAntrag::fallId),
                        korb.fristen().stream().map(Arbeitskorb.Frist::fallId))
                .flatMap(s -> s).toList();
        akteneinsicht.listeProtokollieren(leser, gezeigt, Akteneinsicht.Was.ARBEITSKORB);
        return korb;
    }
}
