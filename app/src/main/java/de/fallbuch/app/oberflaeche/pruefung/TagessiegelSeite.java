package de.fallbuch.app.oberflaeche.pruefung;

import de.fallbuch.app.integritaet.Integritaet;
import de.fallbuch.app.integritaet.Integritaetspruefung;
import de.fallbuch.app.integritaet.Pruefergebnis;
import de.fallbuch.app.integritaet.Siegelbuch;
import de.fallbuch.app.oberflaeche.Angemeldet;
import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Tagessiegel for the Administration and the Rechtsprüfung: every day's chain head, laid out to
 * be printed and deposited outside the system, the last verification, and a verification on demand,
 * optionally against a deposited Tagessiegel. The same services as {@code /api/admin/integritaet}.
 */
@Controller
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class TagessiegelSeite {

    private final Siegelbuch siegelbuch;
    private final Integritaet integritaet;

    TagessiegelSeite(Siegelbuch siegelbuch, Integritaet integritaet) {
        this.siegelbuch = siegelbuch;
        this.integritaet = integritaet;
    }

    @GetMapping("/tagessiegel")
    String tagessiegel(@ModelAttribute("angemeldet") Angemeldet angemeldet, Model model) {
        berechtigt(angemeldet);
        return seite(model, null, "", "");
    }

    @PostMapping("/tagessiegel/pruefung")
    String pruefen(@ModelAttribute("angemeldet") Angemeldet angemeldet, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String hash, Model model) {
        berechtigt(angemeldet);
        String tagText = Eingaben.text(tag);
        Integritaetspruefung.Vorgabe vorgabe = Integritaetspruefung.Vorgabe.aus(
                tagText == null ? null : Eingaben.datum("tag", tagText), Eingaben.text(hash));
        Pruefergebnis ergebnis = integritaet.pruefen(vorgabe, angemeldet.benutzer());
        return seite(model, ergebnis, tag == null ? "" : tag, hash == null ? "" : hash);
    }

    private String seite(Model model, Pruefergebnis ergebnis, String tag, String hash) {
        model.addAttribute("siegel", siegelbuch.tagessiegel());
        model.addAttribute("versiegeltBis", siegelbuch.versiegeltBis());
        model.addAttribute("letzte", integritaet.letzte().orElse(null));
        model.addAttribute("ergebnis", ergebnis);
        model.addAttribute("tag", tag);
        model.addAttribute("hash", hash);
        model.addAttribute("erstelltAm", Instant.now());
        return "pruefung/tagessiegel";
    }

    private static void berechtigt(Angemeldet angemeldet) {
        if (angemeldet == null || !angemeldet.siehtTagessiegel()) {
            throw new ZugriffVerweigert("KEIN_ZUGRIFF", "Die Tagessiegel sehen nur die Administration und die Rechtsprüfung.");
        }
    }
}
