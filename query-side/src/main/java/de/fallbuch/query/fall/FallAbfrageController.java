package de.fallbuch.query.fall;

import de.fallbuch.kernel.fall.FaelleLesen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallLesen;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallZeile;
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

/**
 * Reads Fälle, by need to know: Fallmanager and Sachgebietsleitung see the Fälle of their own
 * Dienststellen, Rechtsprüfung sees all, Revision sees no personal data and so no Fall. Decided, and
 * recorded, by {@link FallakteAbfrageHandler}, which answers the UI's queries too.
 */
@RestController
@RequestMapping("/api/faelle")
class FallAbfrageController {

    private final QueryGateway abfragen;

    FallAbfrageController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    /** The Fall now, or with {@code ?stand=<instant>} exactly as it was then (rebuilt from its events). */
    @GetMapping("/{fallId}")
    FallAnsicht fall(@PathVariable UUID fallId, @RequestParam Optional<Instant> stand) {
        return Abfrageergebnis.von(abfragen.query(new FallLesen(fallId, stand.orElse(null)), FallAnsicht.class));
    }

    /** The caller's list (see {@link FaelleLesen}); every Fall in it is recorded as read. */
    @GetMapping
    List<FallZeile> faelle(@RequestParam Optional<String> dienststelle, @RequestParam Optional<String> fallmanager,
            @RequestParam Optional<FallStatus> status) {
        return Abfrageergebnis.von(abfragen.query(new FaelleLesen(dienststelle.orElse(null), fallmanager.orElse(null), status.orElse(null)),
                ResponseTypes.multipleInstancesOf(FallZeile.class)));
    }
}
