package de.fallbuch.app.sicherheit;

import de.fallbuch.app.web.Problemantworten;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a login attempt whose user name or client address is locked ({@link Anmeldeschutz}) before
 * its password is checked: HTTP Basic gets {@code 429} with {@code Retry-After} (problem+json), the
 * login form goes back to the login page, which says in German that logins are paused. The same
 * answer for every user name, existing or not.
 */
final class AnmeldeschutzFilter extends OncePerRequestFilter {

    static final String CODE = "ANMELDUNG_GESPERRT";

    private final Anmeldeschutz schutz;
    private final Problemantworten problemantworten;

    AnmeldeschutzFilter(Anmeldeschutz schutz, Problemantworten problemantworten) {
        this.schutz = schutz;
        this.problemantworten = problemantworten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest anfrage, HttpServletResponse antwort, FilterChain kette)
            throws ServletException, IOException {
        String basic = basicBenutzer(anfrage);
        boolean formular = basic == null && "POST".equals(anfrage.getMethod()) && "/login".equals(pfad(anfrage));
        if (basic == null && !formular) {
            kette.doFilter(anfrage, antwort);
            return;
        }
        String benutzer = basic != null ? basic : anfrage.getParameter("username");
        Optional<Duration> warten = schutz.wartezeit(benutzer, anfrage.getRemoteAddr());
        if (warten.isEmpty()) {
            kette.doFilter(anfrage, antwort);
            return;
        }
        long sekunden = Math.max(1, (warten.get().toMillis() + 999) / 1000);
        if (formular) {
            antwort.sendRedirect(anfrage.getContextPath() + "/login?gesperrt=" + Math.max(1, (sekunden + 59) / 60));
            return;
        }
        antwort.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(sekunden));
        problemantworten.schreiben(antwort, HttpStatus.TOO_MANY_REQUESTS, CODE,
                "Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist vorübergehend gesperrt; bitte versuchen Sie es in "
                        + dauer(sekunden) + " erneut.");
    }

    static String dauer(long sekunden) {
        if (sekunden < 120) {
            return sekunden + (sekunden == 1 ? " Sekunde" : " Sekunden");
        }
        return ((sekunden + 59) / 60) + " Minuten";
    }

    private static String pfad(HttpServletRequest anfrage) {
        return anfrage.getRequestURI().substring(anfrage.getContextPath().length());
    }

    /** The user name of an HTTP-Basic header, or null if there is none or it cannot be read (Spring refuses it then). */
    private static String basicBenutzer(HttpServletRequest anfrage) {
        String kopf = anfrage.getHeader(HttpHeaders.AUTHORIZATION);
        if (kopf == null || kopf.length() < 6 || !kopf.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String klar = new String(Base64.getDecoder().decode(kopf.substring(6).trim()), StandardCharsets.UTF_8);
            int trenner = klar.indexOf(':');
            return trenner < 0 ? null : klar.substring(0, trenner);
        } catch (IllegalArgumentException kaputt) {
            return null;
        }
    }
}
