package de.fallbuch.query.arbeitskorb;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbAbfragen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The caller's Arbeitskorb, for the REST API and the web UI alike. A Fallmanager sees their own
 * Fälle (or, asking for a Dienststelle of theirs, all Fälle there); the Sachgebietsleitung sees its
 * Dienststellen and filters by Dienststelle and Fallmanager; other roles have none.
 */
@Component
public class Arbeitskoerbe {

    private final QueryGateway abfragen;
    private final Clock uhr;

    Arbeitskoerbe(QueryGateway abfragen, Clock uhr) {
        this.abfragen = abfragen;
        this.uhr = uhr;
    }

    public static boolean hatArbeitskorb(Akteur akteur) {
        return akteur.rolle() == Rolle.FALLMANAGER || akteur.rolle() == Rolle.SACHGEBIETSLEITUNG;
    }

    public Arbeitskorb arbeitskorb(Optional<String> dienststelle, Optional<String> fallmanager) {
        Akteur leser = leser();
        if (!hatArbeitskorb(leser)) {
            throw new ZugriffVerweigert("KEIN_ARBEITSKORB",
                    "Einen Arbeitskorb haben Fallmanagerinnen, Fallmanager und die Sachgebietsleitung.");
        }
        if (dienststelle.isPresent() && !leser.dienststellen().contains(dienststelle.get())) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE", "Sie sind der Dienststelle „" + dienststelle.get() + "“ nicht zugeordnet.");
        }
        Set<String> dienststellen = dienststelle.map(Set::of).orElse(leser.dienststellen());
        String nurFallmanager = fallmanager.orElse(
                leser.rolle() == Rolle.FALLMANAGER && dienststelle.isEmpty() ? leser.benutzer() : null);
        return abfragen.query(new ArbeitskorbAbfragen(dienststellen, nurFallmanager, LocalDate.now(uhr)),
                ResponseTypes.instanceOf(Arbeitskorb.class)).join();
    }
}
