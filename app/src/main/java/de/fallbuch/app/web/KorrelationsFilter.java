package de.fallbuch.app.web;

import de.fallbuch.kernel.common.Metadaten;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} if it is sane, a new
 * one otherwise), puts it into the log context and onto every command the request sends, and
 * returns it in the response, so an event can be traced back to the request that caused it.
 *
 * <p>The caller's value ends up in a response header, in every log line and in the metadata of
 * stored events, so only short ids of harmless characters are taken as they are (issue 13): at most
 * {@value #MAX_LAENGE} characters of {@code A-Z a-z 0-9 . _ : -}. Anything else is replaced by a
 * generated id and logged once, escaped and cut, never echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KorrelationsFilter extends OncePerRequestFilter {

    static final String KOPFZEILE = "X-Correlation-Id";
    static final int MAX_LAENGE = 64;
    private static final Pattern ZULAESSIG = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LAENGE + "}");
    private static final Pattern UNZULAESSIGES_ZEICHEN = Pattern.compile("[^A-Za-z0-9._:-]");
    private static final Logger LOG = LoggerFactory.getLogger(KorrelationsFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest anfrage, HttpServletResponse antwort, FilterChain kette)
            throws ServletException, IOException {
        String mitgeschickt = anfrage.getHeader(KOPFZEILE);
        String korrelationsId;
        if (mitgeschickt != null && ZULAESSIG.matcher(mitgeschickt).matches()) {
            korrelationsId = mitgeschickt;
        } else {
            korrelationsId = UUID.randomUUID().toString();
            if (mitgeschickt != null) {
                LOG.warn("Unzulässige Kopfzeile {} ersetzt durch {} (Länge {}, bereinigt: {})", KOPFZEILE, korrelationsId,
                        mitgeschickt.length(), bereinigt(mitgeschickt));
            }
        }
        MDC.put(Metadaten.KORRELATIONS_ID, korrelationsId);
        antwort.setHeader(KOPFZEILE, korrelationsId);
        try {
            kette.doFilter(anfrage, antwort);
        } finally {
            MDC.remove(Metadaten.KORRELATIONS_ID);
        }
    }

    /** The value as a log may show it: cut to the limit, every other character as {@code ?}. */
    static String bereinigt(String wert) {
        String kurz = wert.length() > MAX_LAENGE ? wert.substring(0, MAX_LAENGE) : wert;
        return UNZULAESSIGES_ZEICHEN.matcher(kurz).replaceAll("?") + (kurz.length() < wert.length() ? "…" : "");
    }
}
