package de.fallbuch.app.oberflaeche.anmeldung;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The German login page; Spring Security checks the form it posts to {@code /login}. When the office's
 * identity provider is configured (OpenID Connect), the page offers it as well.
 */
@Controller
class Anmeldung {

    /** An identity provider to log in through: its name and where the login starts. */
    record Anbieter(String name, String adresse) {
    }

    private final ObjectProvider<ClientRegistrationRepository> identitaetsanbieter;

    Anmeldung(ObjectProvider<ClientRegistrationRepository> identitaetsanbieter) {
        this.identitaetsanbieter = identitaetsanbieter;
    }

    @GetMapping("/login")
    String anmeldung(@RequestParam(name = "gesperrt", required = false) String gesperrt, Model model) {
        model.addAttribute("gesperrtMinuten", minuten(gesperrt));
        List<Anbieter> anbieter = new ArrayList<>();
        if (identitaetsanbieter.getIfAvailable() instanceof Iterable<?> registrierungen) {
            for (Object eintrag : registrierungen) {
                ClientRegistration r = (ClientRegistration) eintrag;
                anbieter.add(new Anbieter(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        model.addAttribute("anbieter", anbieter);
        return "anmeldung/anmeldung";
    }

    /** The minutes the lock lasts (set by the login throttle's redirect); anything else is not shown. */
    private static Integer minuten(String gesperrt) {
        if (gesperrt == null || !gesperrt.matches("[0-9]{1,4}")) {
            return null;
        }
        return Math.max(1, Integer.parseInt(gesperrt));
    }
}
