package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbfragen;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.AntragStandAmAbfragen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.Fallakte;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads an Antrag, by the same need to know as its Fall (see {@link Fallakte}): Fallmanager and
 * Sachgebietsleitung of the Fall's Dienststelle, Rechtsprüfung everywhere; Revision sees no
 * personal data. Every read is recorded.
 */
@RestController
@RequestMapping("/api/antraege")
class AntragAbfrageController {

    private final QueryGateway abfragen;
    private final Fallakte fallakte;

    AntragAbfrageController(QueryGateway abfragen, Fallakte fallakte) {
        this.abfragen = abfragen;
        this.fallakte = fallakte;
    }

    /** The Antrag now, or with {@code ?stand=<instant>} exactly as it was then (rebuilt from its events). */
    @GetMapping("/{antragId}")
    AntragAnsicht antrag(@PathVariable UUID antragId, @RequestParam Optional<Instant> stand) {
        AntragAnsicht aktuell = lesbar(antragId);
        if (stand.isEmpty()) {
            return aktuell;
        }
        return abfragen.query(new AntragStandAmAbfragen(antragId, stand.get()), ResponseTypes.optionalInstanceOf(AntragAnsicht.class))
                .join()
                .orElseThrow(() -> new NichtGefunden("ANTRAG_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                        "Zu diesem Zeitpunkt gab es diesen Antrag noch nicht."));
    }

    /** The Entscheidungshistorie: every decision, superseded and revoked ones included and marked. */
    @GetMapping("/{antragId}/entscheidungen")
    List<Entscheidungseintrag> entscheidungen(@PathVariable UUID antragId) {
        lesbar(antragId);
        return abfragen.query(new EntscheidungenAbfragen(antragId), ResponseTypes.multipleInstancesOf(Entscheidungseintrag.class)).join();
    }

    private AntragAnsicht lesbar(UUID antragId) {
        AntragAnsicht ansicht = abfragen.query(new AntragAbfragen(antragId), ResponseTypes.optionalInstanceOf(AntragAnsicht.class))
                .join()
                .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
        fallakte.oeffnen(ansicht.fallId(), Akteneinsicht.Was.ANTRAG);
        return ansicht;
    }
}
