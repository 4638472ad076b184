package de.fallbuch.app.web;

import de.fallbuch.kernel.common.Metadaten;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} if it is sane, a new
 * one otherwise), puts it into the log context and onto every command the request sends, and
 * returns it in the response, so an event can be traced back to the request that caused it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KorrelationsFilter extends OncePerRequestFilter {

    static final String KOPFZEILE = "X-Correlation-Id";
    private static final Pattern ZULAESSIG = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest anfrage, HttpServletResponse antwort, FilterChain kette)
            throws ServletException, IOException {
        String mitgeschickt = anfrage.getHeader(KOPFZEILE);
        String korrelationsId = mitgeschickt != null && ZULAESSIG.matcher(mitgeschickt).matches()
                ? mitgeschickt : UUID.randomUUID().toString();
        MDC.put(Metadaten.KORRELATIONS_ID, korrelationsId);
        antwort.setHeader(KOPFZEILE, korrelationsId);
        try {
            kette.doFilter(anfrage, antwort);
        } finally {
            MDC.remove(Metadaten.KORRELATIONS_ID);
        }
    }
}
