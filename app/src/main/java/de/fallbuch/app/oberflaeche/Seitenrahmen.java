package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the UI shares: who is logged in (for the header), and a page instead of
 * problem+json when a page cannot be shown. Ordered before the API's error handling, which
 * answers everything else.
 */
@ControllerAdvice(basePackages = "de.fallbuch.app.oberflaeche")
@Order(Ordered.HIGHEST_PRECEDENCE)
class Seitenrahmen {

    private final Clock uhr;
    private final Formate formate;

    Seitenrahmen(Clock uhr, Formate formate) {
        this.uhr = uhr;
        this.formate = formate;
    }

    /** Today in the office's time zone, as date fields show it by default. */
    @ModelAttribute("heute")
    String heute() {
        return formate.datum(LocalDate.now(uhr.withZone(formate.zone())));
    }

    @ModelAttribute("angemeldet")
    Angemeldet angemeldet() {
        Authentication anmeldung = SecurityContextHolder.getContext().getAuthentication();
        if (anmeldung == null || !anmeldung.isAuthenticated() || anmeldung instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Angemeldet.aus(Akteur.aus(anmeldung.getName(),
                anmeldung.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()));
    }

    @ExceptionHandler(ZugriffVerweigert.class)
    String zugriffVerweigert(ZugriffVerweigert e, Model model, HttpServletResponse antwort) {
        return fehlerseite(model, antwort, HttpServletResponse.SC_FORBIDDEN, "Kein Zugriff", e.getMessage());
    }

    @ExceptionHandler(NichtGefunden.class)
    String nichtGefunden(NichtGefunden e, Model model, HttpServletResponse antwort) {
        return fehlerseite(model, antwort, HttpServletResponse.SC_NOT_FOUND, "Nicht gefunden", e.getMessage());
    }

    @ExceptionHandler(UngueltigeAngabe.class)
    String ungueltig(UngueltigeAngabe e, Model model, HttpServletResponse antwort) {
        return fehlerseite(model, antwort, HttpServletResponse.SC_BAD_REQUEST, "Ungültige Angabe", e.getMessage());
    }

    private String fehlerseite(Model model, HttpServletResponse antwort, int status, String titel, String meldung) {
        antwort.setStatus(status);
        model.addAttribute("angemeldet", angemeldet());
        model.addAttribute("heute", heute());
        model.addAttribute("fehlertitel", titel);
        model.addAttribute("meldung", meldung);
        return "fehler";
    }
}
