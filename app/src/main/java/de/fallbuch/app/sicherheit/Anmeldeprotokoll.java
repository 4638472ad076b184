package de.fallbuch.app.sicherheit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every failed password login (form and HTTP Basic) is logged with the user name as typed (made
 * harmless, {@link Anmeldeschutz#lesbar}), the client address and the way it came, never with the
 * password, and counted by the {@link Anmeldeschutz}. Spring Security reports an unknown user as a
 * wrong password, so the log and the count do not tell them apart either.
 */
final class Anmeldeprotokoll {

    private static final Logger LOG = LoggerFactory.getLogger(Anmeldeprotokoll.class);

    private final Anmeldeschutz schutz;

    Anmeldeprotokoll(Anmeldeschutz schutz) {
        this.schutz = schutz;
    }

    @EventListener
    void fehlgeschlagen(AbstractAuthenticationFailureEvent ereignis) {
        if (!(ereignis.getAuthentication() instanceof UsernamePasswordAuthenticationToken versuch)) {
            return;
        }
        String adresse = adresse(versuch);
        LOG.warn("Anmeldung fehlgeschlagen: Benutzer '{}', Adresse {}, Verfahren {}, Grund {}",
                Anmeldeschutz.lesbar(versuch.getName()), adresse, verfahren(), ereignis.getException().getClass().getSimpleName());
        if (ereignis.getException() instanceof BadCredentialsException) {
            schutz.fehlversuch(versuch.getName(), adresse);
        }
    }

    @EventListener
    void gelungen(AuthenticationSuccessEvent ereignis) {
        if (ereignis.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            schutz.erfolg(ereignis.getAuthentication().getName());
        }
    }

    private static String adresse(Authentication versuch) {
        if (versuch.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        HttpServletRequest anfrage = anfrage();
        return anfrage != null ? anfrage.getRemoteAddr() : "unbekannt";
    }

    private static String verfahren() {
        HttpServletRequest anfrage = anfrage();
        if (anfrage == null) {
            return "unbekannt";
        }
        String kopf = anfrage.getHeader(HttpHeaders.AUTHORIZATION);
        return kopf != null && kopf.regionMatches(true, 0, "Basic ", 0, 6) ? "HTTP-Basic" : "Formular";
    }

    private static HttpServletRequest anfrage() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attribute ? attribute.getRequest() : null;
    }
}
