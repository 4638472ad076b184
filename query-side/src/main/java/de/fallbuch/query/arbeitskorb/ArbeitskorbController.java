package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbLesen;
import de.fallbuch.query.common.Abfrageergebnis;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's Arbeitskorb over HTTP; who sees which is decided by {@link Arbeitskoerbe}. */
@RestController
class ArbeitskorbController {

    private final QueryGateway abfragen;

    ArbeitskorbController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/api/arbeitskorb")
    Arbeitskorb arbeitskorb(@RequestParam Optional<String> dienststelle, @RequestParam Optional<String> fallmanager) {
        return Abfrageergebnis.von(abfragen.query(new ArbeitskorbLesen(dienststelle.orElse(null), fallmanager.orElse(null)),
                Arbeitskorb.class));
    }
}
