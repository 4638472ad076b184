package de.fallbuch.app.oberflaeche.pruefung;

import de.fallbuch.app.integritaet.Siegelbuch;
import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.verlauf.VerlaufDesFalls;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.kernel.verlauf.VerlaufLesen;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Verlauf of a Fall for the legal review: every entry with time, actor, role, legal basis and
 * reasons, filterable by kind of record and period, laid out to be printed (print CSS). Opening it
 * is a read of the case file ({@link VerlaufLesen}), decided and recorded on the query side as for the REST API. It names the Tagessiegel that
 * covers its last entry, so a printout can be checked against the deposited seal.
 */
@Controller
class VerlaufSeite {

    private final Lesen lesen;
    private final Formate formate;
    private final Siegelbuch siegelbuch;

    VerlaufSeite(Lesen lesen, Formate formate, Siegelbuch siegelbuch) {
        this.lesen = lesen;
        this.formate = formate;
        this.siegelbuch = siegelbuch;
    }

    @GetMapping("/faelle/{fallId}/verlauf")
    String verlauf(@PathVariable UUID fallId, @RequestParam Optional<String> aggregat, @RequestParam Optional<String> von,
            @RequestParam Optional<String> bis, Model model) {
        Aggregat nur = aggregat.map(a -> Eingaben.auswahl("aggregat", a, Aggregat::valueOf)).orElse(null);
        Instant ab = von.map(v -> Eingaben.zeitpunkt("von", v, formate.zone())).orElse(null);
        Instant bisZu = bis.map(b -> Eingaben.zeitpunkt("bis", b, formate.zone())).orElse(null);
        VerlaufDesFalls verlauf = lesen.einzeln(new VerlaufLesen(fallId, nur, ab, bisZu), VerlaufDesFalls.class);
        model.addAttribute("fall", verlauf.fall());
        model.addAttribute("eintraege", verlauf.eintraege());
        model.addAttribute("aggregate", Aggregat.values());
        model.addAttribute("aggregat", aggregat.orElse(""));
        model.addAttribute("von", von.orElse(""));
        model.addAttribute("bis", bis.orElse(""));
        model.addAttribute("erstelltAm", Instant.now());
        // which Tagessiegel vouches for the printed entries (issue 13): the first covering the newest of them
        model.addAttribute("siegel", siegelbuch.abdeckung(verlauf.eintraege().stream().map(VerlaufEintrag::ereignisId).toList()).orElse(null));
        return "pruefung/verlauf";
    }
}
