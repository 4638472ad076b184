package de.fallbuch.app.oberflaeche.arbeitskorb;

import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.antrag.AusstehendeFreigabe;
import de.fallbuch.kernel.antrag.AusstehendeFreigabenAbfragen;
import de.fallbuch.kernel.arbeitskorb.Arbeitskorb;
import de.fallbuch.kernel.arbeitskorb.ArbeitskorbLesen;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker's start page: grants waiting for approval, dates due (overdue first) and open Fälle.
 * The same {@link ArbeitskorbLesen} as GET /api/arbeitskorb, so the same refusals and access-log rows.
 */
@Controller
class ArbeitskorbSeite {

    private final Lesen lesen;

    ArbeitskorbSeite(Lesen lesen) {
        this.lesen = lesen;
    }

    @GetMapping("/arbeitskorb")
    String arbeitskorb(@RequestParam Optional<String> dienststelle, Model model) {
        Arbeitskorb korb = lesen.einzeln(new ArbeitskorbLesen(dienststelle.filter(d -> !d.isBlank()).orElse(null), null), Arbeitskorb.class);
        // The view sorts by date already; overdue first is said explicitly so it stays true if that changes.
        List<Arbeitskorb.Frist> fristen = korb.fristen().stream()
                .sorted(Comparator.comparing((Arbeitskorb.Frist f) -> !f.ueberfaellig()).thenComparing(Arbeitskorb.Frist::faelligAm))
                .toList();
        model.addAttribute("korb", korb);
        model.addAttribute("fristen", fristen);
        model.addAttribute("ueberfaellig", fristen.stream().filter(Arbeitskorb.Frist::ueberfaellig).count());
        model.addAttribute("dienststelle", dienststelle.orElse(""));
        model.addAttribute("freigaben", lesen.liste(new AusstehendeFreigabenAbfragen(), AusstehendeFreigabe.class));
        return "arbeitskorb/arbeitskorb";
    }
}
