package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
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

    private static final Logger LOG = LoggerFactory.getLogger(Seitenrahmen.class);

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

    /**
     * Anything unforeseen: logged in full with the request's correlation id, shown as a page the
     * caseworker can quote to the operators. Every write runs in one transaction, so nothing is
     * half-written.
     */
    @ExceptionHandler(Exception.class)
    String unerwartet(Exception e, Model model, HttpServletResponse antwort) {
        if (e instanceof ErrorResponse anfragefehler && anfragefehler.getStatusCode().is4xxClientError()) {
            // Spring's own refusals of a malformed request (wrong method, missing parameter): not our fault, not logged as one.
            return fehlerseite(model, antwort, anfragefehler.getStatusCode().value(), "Anfrage nicht möglich",
                    "Diese Anfrage wird so nicht unterstützt. Bitte gehen Sie über die Seiten der Anwendung.");
        }
        String korrelationsId = MDC.get(Metadaten.KORRELATIONS_ID);
        LOG.error("Unerwarteter Fehler in der Oberfläche (Korrelations-ID {})", korrelationsId, e);
        return fehlerseite(model, antwort, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Interner Fehler",
                "Es ist ein interner Fehler aufgetreten; es wurde nichts geändert. Bitte wenden Sie sich mit der Korrelations-ID "
                        + korrelationsId + " an den Betrieb.");
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
