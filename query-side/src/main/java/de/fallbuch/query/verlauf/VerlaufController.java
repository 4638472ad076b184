package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.verlauf.VerlaufDesFalls;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.kernel.verlauf.VerlaufLesen;
import de.fallbuch.query.common.Abfrageergebnis;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Verlauf of a Fall, for those who may read the Fall ({@link VerlaufLeseHandler} decides). */
@RestController
class VerlaufController {

    private final QueryGateway abfragen;

    VerlaufController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/api/faelle/{fallId}/verlauf")
    List<VerlaufEintrag> verlauf(@PathVariable UUID fallId, @RequestParam Optional<Aggregat> aggregat,
            @RequestParam Optional<Instant> von, @RequestParam Optional<Instant> bis) {
        return Abfrageergebnis.von(abfragen.query(new VerlaufLesen(fallId, aggregat.orElse(null), von.orElse(null), bis.orElse(null)),
                VerlaufDesFalls.class)).eintraege();
    }
}
