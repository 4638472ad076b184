package de.fallbuch.app.oberflaeche.kennzahlen;

import de.fallbuch.app.oberflaeche.Angemeldet;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' page. The figures come from the Kennzahlen read model (GET /api/kennzahlen), which
 * is being built separately (issue 5); until it is wired in, the page shows the filter and says
 * plainly that no figures are available — never invented ones. It shows no personal data.
 */
@Controller
class KennzahlenSeite {

    @GetMapping("/kennzahlen")
    String kennzahlen(@ModelAttribute("angemeldet") Angemeldet angemeldet, @RequestParam Optional<String> stichtag,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> dienststelle,
            Model model) {
        if (!angemeldet.siehtKennzahlen()) {
            throw new ZugriffVerweigert("KEINE_KENNZAHLEN", "Die Kennzahlen sehen die Revision und die Sachgebietsleitung.");
        }
        model.addAttribute("stichtag", stichtag.orElse(""));
        model.addAttribute("von", von.orElse(""));
        model.addAttribute("bis", bis.orElse(""));
        model.addAttribute("dienststelle", dienststelle.orElse(""));
        return "kennzahlen/kennzahlen";
    }
}
