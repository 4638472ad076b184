package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Verlauf of a Fall, for those who may read the Fall. */
@RestController
class VerlaufController {

    private final QueryGateway abfragen;
    private final Fallakte fallakte;

    VerlaufController(QueryGateway abfragen, Fallakte fallakte) {
        this.abfragen = abfragen;
        this.fallakte = fallakte;
    }

    @GetMapping("/api/faelle/{fallId}/verlauf")
    List<VerlaufEintrag> verlauf(@PathVariable UUID fallId, @RequestParam Optional<Aggregat> aggregat,
            @RequestParam Optional<Instant> von, @RequestParam Optional<Instant> bis) {
        fallakte.oeffnen(fallId, Akteneinsicht.Was.VERLAUF);
        if (von.isPresent() && bis.isPresent() && !von.get().isBefore(bis.get())) {
            throw new UngueltigeAngabe("bis", "Das Ende des Zeitraums muss nach seinem Anfang liegen.");
        }
        return abfragen.query(new VerlaufAbfragen(fallId, aggregat.orElse(null), von.orElse(null), bis.orElse(null)),
                ResponseTypes.multipleInstancesOf(VerlaufEintrag.class)).join();
    }
}
