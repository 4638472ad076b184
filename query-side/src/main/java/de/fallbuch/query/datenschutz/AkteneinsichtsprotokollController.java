package de.fallbuch.query.datenschutz;

import de.fallbuch.kernel.datenschutz.AkteneinsichtsprotokollAbfragen;
import de.fallbuch.kernel.datenschutz.Protokollseite;
import de.fallbuch.query.common.Abfrageergebnis;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/datenschutz/akteneinsicht}: the access log for the data protection officer. */
@RestController
class AkteneinsichtsprotokollController {

    private final QueryGateway abfragen;

    AkteneinsichtsprotokollController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/api/datenschutz/akteneinsicht")
    Protokollseite akteneinsicht(@RequestParam Optional<String> fall, @RequestParam Optional<String> benutzer,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> seite,
            @RequestParam Optional<String> groesse) {
        return Abfrageergebnis.von(abfragen.query(new AkteneinsichtsprotokollAbfragen(fall.orElse(null), benutzer.orElse(null),
                von.orElse(null), bis.orElse(null), seite.orElse(null), groesse.orElse(null)), Protokollseite.class));
    }
}
