package de.fallbuch.app.infrastruktur;

import de.fallbuch.app.web.Problemantworten;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * On a {@code query} instance (see {@code Einsatzprofil}) the command endpoints do not exist. A write
 * sent there anyway (a load balancer routing it wrongly) would get Spring's bare 404, or a 405 where
 * the same address can be read. It gets {@code 404 NUR_LESEINSTANZ} with a German explanation
 * instead: 404 because the act does not exist on this instance and sending it again here will not help
 * (503 would invite exactly that). Runs after Spring Security, so who may not write at all still
 * gets 401/403; writes the query side offers itself (views' rebuild, dead letters, population
 * figures) have a handler and pass.
 */
@Component
class Leseinstanz extends OncePerRequestFilter {

    private static final Set<String> SCHREIBEND = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final HandlerMapping zuordnung;
    private final Problemantworten problemantworten;

    Leseinstanz(@Qualifier("requestMappingHandlerMapping") HandlerMapping zuordnung, Problemantworten problemantworten) {
        this.zuordnung = zuordnung;
        this.problemantworten = problemantworten;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest anfrage) {
        return !SCHREIBEND.contains(anfrage.getMethod()) || !anfrage.getRequestURI().startsWith(anfrage.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest anfrage, HttpServletResponse antwort, FilterChain kette)
            throws ServletException, IOException {
        if (hatHandler(anfrage)) {
            kette.doFilter(anfrage, antwort);
            return;
        }
        problemantworten.schreiben(antwort, HttpStatus.NOT_FOUND, "NUR_LESEINSTANZ",
                "Diese Instanz des Fallbuchs stellt nur Ansichten bereit (Profil „query“) und nimmt keine Änderungen an. "
                        + "Nichts wurde gespeichert. Senden Sie die Änderung an eine Instanz mit dem Profil „command“ "
                        + "oder an eine vollständige Instanz.");
    }

    private boolean hatHandler(HttpServletRequest anfrage) {
        Object vorher = anfrage.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(anfrage);
        try {
            return zuordnung.getHandler(anfrage) != null;
        } catch (HttpRequestMethodNotSupportedException nurLesend) {
            return false;
        } catch (Exception sonst) {
            // another mismatch (media type, parameters): the act exists here, Spring MVC answers it
            return true;
        } finally {
            if (vorher == null) {
                ServletRequestPathUtils.clearParsedRequestPath(anfrage);
            } else {
                anfrage.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, vorher);
            }
        }
    }
}
