package de.fallbuch.query.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's Arbeitskorb over HTTP; who sees which is decided by {@link Arbeitskoerbe}. */
@RestController
class ArbeitskorbController {

    private final Arbeitskoerbe arbeitskoerbe;

    ArbeitskorbController(Arbeitskoerbe arbeitskoerbe) {
        this.arbeitskoerbe = arbeitskoerbe;
    }

    @GetMapping("/api/arbeitskorb")
    Arbeitskorb arbeitskorb(@RequestParam Optional<String> dienststelle, @RequestParam Optional<String> fallmanager) {
        return arbeitskoerbe.arbeitskorb(dienststelle, fallmanager);
    }
}
