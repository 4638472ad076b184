package de.fallbuch.query.auskunft;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/faelle/{id}/auskunft}: the Art. 15 GDPR export of a Fall (see {@link Auskuenfte}). */
@RestController
class AuskunftController {

    private final Auskuenfte auskuenfte;

    AuskunftController(Auskuenfte auskuenfte) {
        this.auskuenfte = auskuenfte;
    }

    @GetMapping("/api/faelle/{fallId}/auskunft")
    Auskunft auskunft(@PathVariable UUID fallId) {
        return auskuenfte.erstellen(fallId);
    }
}
