package de.fallbuch.app.oberflaeche.anmeldung;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page; Spring Security checks the form it posts to {@code /login}. */
@Controller
class Anmeldung {

    @GetMapping("/login")
    String anmeldung() {
        return "anmeldung/anmeldung";
    }
}
