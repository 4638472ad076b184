package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.AntragLesen;
import de.fallbuch.kernel.antrag.EntscheidungenLesen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.query.common.Abfrageergebnis;
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

/** Reads an Antrag; who may, and the record of the read, are decided by {@link AntragLeseHandler}. */
@RestController
@RequestMapping("/api/antraege")
class AntragAbfrageController {

    private final QueryGateway abfragen;

    AntragAbfrageController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    /** The Antrag now, or with {@code ?stand=<instant>} exactly as it was then (rebuilt from its events). */
    @GetMapping("/{antragId}")
    AntragAnsicht antrag(@PathVariable UUID antragId, @RequestParam Optional<Instant> stand) {
        return Abfrageergebnis.von(abfragen.query(new AntragLesen(antragId, stand.orElse(null)), AntragAnsicht.class));
    }

    /** The Entscheidungshistorie: every decision, superseded and revoked ones included and marked. */
    @GetMapping("/{antragId}/entscheidungen")
    List<Entscheidungseintrag> entscheidungen(@PathVariable UUID antragId) {
        return Abfrageergebnis.von(abfragen.query(new EntscheidungenLesen(antragId),
                ResponseTypes.multipleInstancesOf(Entscheidungseintrag.class)));
    }
}
