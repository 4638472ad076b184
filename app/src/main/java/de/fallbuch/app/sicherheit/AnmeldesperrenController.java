package de.fallbuch.app.sicherheit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The login locks in force now, for the role Administration ({@code /api/admin/**}); they end by themselves. */
@RestController
class AnmeldesperrenController {

    private final Anmeldeschutz schutz;

    AnmeldesperrenController(Anmeldeschutz schutz) {
        this.schutz = schutz;
    }

    @GetMapping("/api/admin/anmeldesperren")
    List<Anmeldeschutz.Sperre> sperren() {
        return schutz.sperren();
    }
}
