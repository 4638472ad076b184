package de.fallbuch.query.auskunft;

import de.fallbuch.kernel.auskunft.Auskunft;
import de.fallbuch.kernel.auskunft.AuskunftAbfragen;
import de.fallbuch.query.common.Abfrageergebnis;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/faelle/{id}/auskunft}: the Art. 15 GDPR export of a Fall (see {@link Auskuenfte}). */
@RestController
class AuskunftController {

    private final QueryGateway abfragen;

    AuskunftController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/api/faelle/{fallId}/auskunft")
    Auskunft auskunft(@PathVariable UUID fallId) {
        return Abfrageergebnis.von(abfragen.query(new AuskunftAbfragen(fallId), Auskunft.class));
    }
}
