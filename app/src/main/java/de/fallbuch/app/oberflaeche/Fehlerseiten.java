package de.fallbuch.app.oberflaeche;

import de.fallbuch.app.web.Anfragefehler;
import de.fallbuch.app.web.Problemantworten;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's {@code /error}, in our words: every error the servlet container sends there (an unknown
 * address, a refusal by Spring Security, a request too large, an exception nobody handled) is
 * answered as problem+json on the machine interfaces and as a German page with a way back in the
 * UI, never as Boot's Whitelabel page or its JSON. Also the page for a form sent after the session
 * expired, which keeps what was typed.
 */
@Controller
class Fehlerseiten implements ErrorController {

    /** Form fields never shown back: the CSRF token, passwords, the page's version (and tick-box markers, "_name"). */
    private static final Set<String> NICHT_ZEIGEN = Set.of("_csrf", "password", "passwort", "version");

    private final ErrorAttributes fehlerattribute;

    Fehlerseiten(ErrorAttributes fehlerattribute) {
        this.fehlerattribute = fehlerattribute;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object fehler(HttpServletRequest anfrage, HttpServletResponse antwort) {
        Throwable ausnahme = fehlerattribute.getError(new ServletWebRequest(anfrage));
        int status = ausnahme instanceof ErrorResponse bekannt ? bekannt.getStatusCode().value() : status(anfrage);
        Anfragefehler art = anfrage.getAttribute(Anfragefehler.ATTRIBUT) instanceof Anfragefehler genannt
                && genannt.status().value() == status ? genannt : Anfragefehler.zumStatus(status);
        // The correlation filter ran for the request itself and left its id on the response.
        String korrelationsId = antwort.getHeader("X-Correlation-Id");
        String pfad = (String) anfrage.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);

        if (Anfragefehler.fuerProgramme(pfad)) {
            ProblemDetail problem = ausnahme instanceof ErrorResponse bekannt && bekannt.getBody().getProperties() != null
                    ? bekannt.getBody() : problem(status, art, korrelationsId);
            problem.setInstance(URI.create(pfad));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView seite = new ModelAndView("fehler", HttpStatusCode.valueOf(status));
        seite.addObject("fehlertitel", titel(status));
        seite.addObject("meldung", meldung(status, art, korrelationsId));
        seite.addObject("anmelden", status == 401);
        seite.addObject("zurueck", zurueck(anfrage));
        return seite;
    }

    /**
     * A form posted with a CSRF token that no longer fits, nearly always because the session expired
     * while the form was open (Spring Security forwards here, see Sicherheitskonfiguration). Nothing
     * was saved; what was typed is shown read-only so it can be copied after logging in again.
     */
    @RequestMapping("/sitzung-abgelaufen")
    ModelAndView sitzungAbgelaufen(HttpServletRequest anfrage) {
        Map<String, String> eingaben = new LinkedHashMap<>();
        anfrage.getParameterMap().forEach((name, werte) -> {
            String wert = String.join("\n", werte);
            if (!NICHT_ZEIGEN.contains(name) && !name.startsWith("_") && !name.toLowerCase(Locale.ROOT).contains("passw") && !wert.isBlank()) {
                eingaben.put(name, wert);
            }
        });
        ModelAndView seite = new ModelAndView("sitzung-abgelaufen", HttpStatus.FORBIDDEN);
        seite.addObject("eingaben", eingaben);
        seite.addObject("zurueck", zurueck(anfrage));
        return seite;
    }

    private static int status(HttpServletRequest anfrage) {
        // /error called directly, without an error: there is no such page.
        return anfrage.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 404;
    }

    private static ProblemDetail problem(int status, Anfragefehler art, String korrelationsId) {
        if (status >= 500) {
            ProblemDetail problem = Problemantworten.problem(HttpStatusCode.valueOf(status), Anfragefehler.INTERNER_FEHLER.code(),
                    internerFehler(korrelationsId));
            problem.setProperty("korrelationsId", korrelationsId);
            return problem;
        }
        return art != null ? art.problem()
                : Problemantworten.problem(HttpStatusCode.valueOf(status), "ANFRAGE_NICHT_MOEGLICH", "Die Anfrage konnte so nicht bearbeitet werden.");
    }

    private static String internerFehler(String korrelationsId) {
        return korrelationsId == null ? Anfragefehler.INTERNER_FEHLER.detail()
                : "Es ist ein interner Fehler aufgetreten; es wurde nichts geändert. Bitte wenden Sie sich mit der Korrelations-ID "
                        + korrelationsId + " an den Betrieb.";
    }

    private static String titel(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Nicht angemeldet";
            case 403 -> "Kein Zugriff";
            case 404 -> "Seite nicht gefunden";
            case 413 -> "Eingabe zu groß";
            default -> status >= 500 ? "Interner Fehler" : "Anfrage nicht möglich";
        };
    }

    private static String meldung(int status, Anfragefehler art, String korrelationsId) {
        return switch (status) {
            case 400, 413 -> art.detail();
            case 401 -> "Bitte melden Sie sich an.";
            case 403 -> "Dafür fehlt Ihnen die Berechtigung.";
            case 404 -> "Diese Seite gibt es nicht – vielleicht ist der Link veraltet oder die Adresse vertippt.";
            default -> status >= 500 ? internerFehler(korrelationsId)
                    : "Diese Anfrage wird so nicht unterstützt. Bitte gehen Sie über die Seiten der Anwendung.";
        };
    }

    /**
     * The page the user came from, if it is one of ours, as a path on this server (never a link
     * elsewhere): the way back without the browser's button.
     */
    private static String zurueck(HttpServletRequest anfrage) {
        String herkunft = anfrage.getHeader("Referer");
        if (herkunft == null) {
            return null;
        }
        try {
            URI adresse = URI.create(herkunft);
            boolean eigene = anfrage.getServerName().equalsIgnoreCase(adresse.getHost())
                    && (adresse.getPort() == anfrage.getServerPort() || adresse.getPort() == -1)
                    && adresse.getRawPath() != null && adresse.getRawPath().startsWith("/");
            return eigene ? adresse.getRawPath() + (adresse.getRawQuery() != null ? "?" + adresse.getRawQuery() : "") : null;
        } catch (IllegalArgumentException unlesbar) {
            return null;
        }
    }

    /**
     * Spring MVC refuses some requests before any controller is chosen (an unknown address, a method
     * or format the address does not offer). On the API the error handling of the web layer answers
     * them as problem+json; in the UI they go to {@code /error} like any other error, so they get a page.
     */
    @Component
    static final class SeitenOhneController implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest anfrage, HttpServletResponse antwort, Object handler,
                Exception ausnahme) {
            if (Anfragefehler.fuerProgramme(anfrage.getRequestURI()) || handler instanceof HandlerMethod
                    || !(ausnahme instanceof ErrorResponse abgelehnt)) {
                return null;
            }
            try {
                antwort.sendError(abgelehnt.getStatusCode().value());
            } catch (IOException weg) {
                // The client is gone.
            }
            return new ModelAndView();
        }

        /** After Boot's DefaultErrorAttributes (which only records the exception), before Spring MVC's own resolvers. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}
