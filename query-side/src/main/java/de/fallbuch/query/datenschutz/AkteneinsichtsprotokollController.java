package de.fallbuch.query.datenschutz;

import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/datenschutz/akteneinsicht}: the access log for the data protection officer. */
@RestController
class AkteneinsichtsprotokollController {

    private final Akteneinsichtsprotokoll protokoll;

    AkteneinsichtsprotokollController(Akteneinsichtsprotokoll protokoll) {
        this.protokoll = protokoll;
    }

    @GetMapping("/api/datenschutz/akteneinsicht")
    Akteneinsichtsprotokoll.Seite akteneinsicht(@RequestParam Optional<String> fall, @RequestParam Optional<String> benutzer,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> seite,
            @RequestParam Optional<String> groesse) {
        return protokoll.abfragen(fall.orElse(null), benutzer.orElse(null), von.orElse(null), bis.orElse(null),
                seite.orElse(null), groesse.orElse(null));
    }
}
