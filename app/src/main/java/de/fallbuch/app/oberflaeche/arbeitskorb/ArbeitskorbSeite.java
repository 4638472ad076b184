package de.fallbuch.app.oberflaeche.arbeitskorb;

import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.query.antrag.AusstehendeFreigaben;
import de.fallbuch.query.arbeitskorb.Arbeitskoerbe;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseworker's start page: grants waiting for approval, dates due (overdue first) and open Fälle. */
@Controller
class ArbeitskorbSeite {

    private final Arbeitskoerbe arbeitskoerbe;
    private final AusstehendeFreigaben freigaben;

    ArbeitskorbSeite(Arbeitskoerbe arbeitskoerbe, AusstehendeFreigaben freigaben) {
        this.arbeitskoerbe = arbeitskoerbe;
        this.freigaben = freigaben;
    }

    @GetMapping("/arbeitskorb")
    String arbeitskorb(@RequestParam Optional<String> dienststelle, Model model) {
        Arbeitskorb korb = arbeitskoerbe.arbeitskorb(dienststelle.filter(d -> !d.isBlank()), Optional.empty());
        // The view sorts by date already; overdue first is said explicitly so it stays true if that changes.
        List<Arbeitskorb.Frist> fristen = korb.fristen().stream()
                .sorted(Comparator.comparing((Arbeitskorb.Frist f) -> !f.ueberfaellig()).thenComparing(Arbeitskorb.Frist::faelligAm))
                .toList();
        model.addAttribute("korb", korb);
        model.addAttribute("fristen", fristen);
        model.addAttribute("ueberfaellig", fristen.stream().filter(Arbeitskorb.Frist::ueberfaellig).count());
        model.addAttribute("dienststelle", dienststelle.orElse(""));
        model.addAttribute("freigaben", freigaben.fuerAngemeldete());
        return "arbeitskorb/arbeitskorb";
    }
}
