package de.fallbuch.app.oberflaeche;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** After login each role lands where its work is. */
@Controller
class Startseite {

    @GetMapping("/")
    String start(@ModelAttribute("angemeldet") Angemeldet angemeldet) {
        if (angemeldet.hatArbeitskorb()) {
            return "redirect:/arbeitskorb";
        }
        if (angemeldet.siehtFaelle()) {
            return "redirect:/faelle";
        }
        if (angemeldet.siehtAkteneinsichtsprotokoll()) {
            return "redirect:/datenschutz/akteneinsicht";
        }
        if (angemeldet.siehtKennzahlen()) {
            return "redirect:/kennzahlen";
        }
        return "start";
    }
}
