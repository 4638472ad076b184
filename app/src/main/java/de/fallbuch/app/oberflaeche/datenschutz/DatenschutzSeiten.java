package de.fallbuch.app.oberflaeche.datenschutz;

import de.fallbuch.query.auskunft.Auskuenfte;
import de.fallbuch.query.datenschutz.Akteneinsichtsprotokoll;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data protection pages: the printable Art. 15 Auskunft of a Fall (Fallmanager and
 * Sachgebietsleitung of its Dienststelle) and the access log for the data protection officer. Both
 * call the same services as the REST API, with the same checks and the same recording.
 */
@Controller
class DatenschutzSeiten {

    private final Auskuenfte auskuenfte;
    private final Akteneinsichtsprotokoll protokoll;

    DatenschutzSeiten(Auskuenfte auskuenfte, Akteneinsichtsprotokoll protokoll) {
        this.auskuenfte = auskuenfte;
        this.protokoll = protokoll;
    }

    @GetMapping("/faelle/{fallId}/auskunft")
    String auskunft(@PathVariable UUID fallId, Model model) {
        model.addAttribute("auskunft", auskuenfte.erstellen(fallId));
        return "datenschutz/auskunft";
    }

    @GetMapping("/datenschutz/akteneinsicht")
    String akteneinsicht(@RequestParam Optional<String> fall, @RequestParam Optional<String> benutzer,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> seite,
            Model model) {
        model.addAttribute("protokoll", protokoll.abfragen(fall.orElse(null), benutzer.orElse(null), von.orElse(null),
                bis.orElse(null), seite.orElse(null), null));
        model.addAttribute("fall", fall.orElse(""));
        model.addAttribute("benutzer", benutzer.orElse(""));
        model.addAttribute("von", von.orElse(""));
        model.addAttribute("bis", bis.orElse(""));
        return "datenschutz/akteneinsicht";
    }
}
