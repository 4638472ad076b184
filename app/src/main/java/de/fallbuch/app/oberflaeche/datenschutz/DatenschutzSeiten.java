package de.fallbuch.app.oberflaeche.datenschutz;

import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.auskunft.Auskunft;
import de.fallbuch.kernel.auskunft.AuskunftAbfragen;
import de.fallbuch.kernel.datenschutz.AkteneinsichtsprotokollAbfragen;
import de.fallbuch.kernel.datenschutz.Protokollseite;
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
 * send the same queries as the REST API, answered with the same checks and the same recording.
 */
@Controller
class DatenschutzSeiten {

    private final Lesen lesen;

    DatenschutzSeiten(Lesen lesen) {
        this.lesen = lesen;
    }

    @GetMapping("/faelle/{fallId}/auskunft")
    String auskunft(@PathVariable UUID fallId, Model model) {
        model.addAttribute("auskunft", lesen.einzeln(new AuskunftAbfragen(fallId), Auskunft.class));
        return "datenschutz/auskunft";
    }

    @GetMapping("/datenschutz/akteneinsicht")
    String akteneinsicht(@RequestParam Optional<String> fall, @RequestParam Optional<String> benutzer,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> seite,
            Model model) {
        model.addAttribute("protokoll", lesen.einzeln(new AkteneinsichtsprotokollAbfragen(fall.orElse(null), benutzer.orElse(null),
                von.orElse(null), bis.orElse(null), seite.orElse(null), null), Protokollseite.class));
        model.addAttribute("fall", fall.orElse(""));
        model.addAttribute("benutzer", benutzer.orElse(""));
        model.addAttribute("von", von.orElse(""));
        model.addAttribute("bis", bis.orElse(""));
        return "datenschutz/akteneinsicht";
    }
}
