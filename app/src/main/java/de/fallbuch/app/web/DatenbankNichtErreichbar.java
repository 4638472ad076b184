package de.fallbuch.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.app.oberflaeche.Angemeldet;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.query.common.AkteneinsichtNichtProtokolliert;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * PostgreSQL unreachable (stopped, restarting, network gone, pool exhausted): answered honestly
 * as 503 with {@code Retry-After} instead of a 500 "internal error". The API gets problem+json
 * with the code {@value #CODE}, the UI a German page "vorübergehend nicht erreichbar".
 *
 * <p>A resolver ahead of all {@code @ExceptionHandler}s rather than one more advice: the failure
 * reaches the web layer in many wrappings (Axon's {@code CommandExecutionException},
 * {@code EventStoreException}, a {@code CompletionException} around a query, a
 * {@code TransactionSystemException} whose rollback failed on the dead connection), so it is
 * recognised by walking the cause chain, for API and UI controllers alike, before the generic
 * handlers of either turn it into a 500.
 *
 * <p>Every write runs in one transaction, so a write that got this answer stored nothing.
 */
@Component
class DatenbankNichtErreichbar implements HandlerExceptionResolver, Ordered {

    static final String CODE = "DATENBANK_NICHT_ERREICHBAR";
    /** Seconds a client should wait before trying again; the pool notices a returned database at once. */
    static final int ERNEUT_VERSUCHEN_NACH_SEKUNDEN = 5;
    static final String DETAIL = "Der Dienst ist vorübergehend nicht erreichbar, weil die Datenbank nicht antwortet. "
            + "Bitte in wenigen Sekunden erneut versuchen. Es wurde nichts gespeichert.";

    private static final Logger LOG = LoggerFactory.getLogger(DatenbankNichtErreichbar.class);

    private final ObjectMapper json;

    DatenbankNichtErreichbar(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        // Right after Boot's DefaultErrorAttributes (which only records the error), before
        // the @ExceptionHandler resolvers.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest anfrage, HttpServletResponse antwort, Object handler,
            Exception fehler) {
        if (!betrifft(fehler) || antwort.isCommitted()) {
            return null;
        }
        String korrelationsId = MDC.get(Metadaten.KORRELATIONS_ID);
        // One line per request, not a stack trace: during an outage every request ends here.
        LOG.warn("Datenbank nicht erreichbar, {} {} mit 503 beantwortet (Korrelations-ID {}): {}",
                anfrage.getMethod(), anfrage.getRequestURI(), korrelationsId, tiefsteUrsache(fehler));
        antwort.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ERNEUT_VERSUCHEN_NACH_SEKUNDEN));
        return fuerDieOberflaeche(anfrage) ? seite(anfrage, antwort) : problem(anfrage, antwort, korrelationsId, fehler);
    }

    /** True when the failure, or anything it was caused by, says the database cannot be reached. */
    static boolean betrifft(Throwable fehler) {
        Set<Throwable> gesehen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> offen = new ArrayDeque<>();
        offen.push(fehler);
        while (!offen.isEmpty()) {
            Throwable t = offen.pop();
            if (!gesehen.add(t)) {
                continue;
            }
            if (t instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException // Hikari: no connection within connection-timeout
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (verbindungVerloren(sql.getSQLState()) || vonHikariGeschlossen(sql)) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    offen.push(sql.getNextException());
                }
            }
            if (t instanceof TransactionSystemException transaktion && transaktion.getApplicationException() != null) {
                offen.push(transaktion.getApplicationException());
            }
            for (Throwable unterdrueckt : t.getSuppressed()) {
                offen.push(unterdrueckt);
            }
            if (t.getCause() != null) {
                offen.push(t.getCause());
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception, also Hikari's "connection is closed"), and the
     * server shutting down or not yet accepting connections (57P01-57P03).
     */
    private static boolean verbindungVerloren(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    /**
     * Hikari replaces a connection that failed with a connection error by a closed stand-in that
     * answers every further call with "Connection is closed" (no SQLSTATE); the next statement of
     * the same transaction then fails with that instead of the original error.
     */
    private static boolean vonHikariGeschlossen(SQLException sql) {
        StackTraceElement[] stapel = sql.getStackTrace();
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage()) && stapel.length > 0
                && stapel[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    private static boolean fuerDieOberflaeche(HttpServletRequest anfrage) {
        String pfad = anfrage.getRequestURI().substring(anfrage.getContextPath().length());
        return !(pfad.startsWith("/api/") || pfad.equals("/api") || pfad.startsWith("/actuator"));
    }

    /** The access log could not be written (issue 12): the read shows nothing, and says why. */
    private static boolean protokollFehlt(Throwable fehler) {
        for (Throwable t = fehler; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AkteneinsichtNichtProtokolliert) {
                return true;
            }
        }
        return false;
    }

    private ModelAndView problem(HttpServletRequest anfrage, HttpServletResponse antwort, String korrelationsId,
            Exception fehler) {
        ProblemDetail problem = protokollFehlt(fehler)
                ? Problemantworten.problem(HttpStatus.SERVICE_UNAVAILABLE, AkteneinsichtNichtProtokolliert.CODE,
                        AkteneinsichtNichtProtokolliert.DETAIL)
                : Problemantworten.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE, DETAIL);
        problem.setTitle("Vorübergehend nicht erreichbar");
        problem.setInstance(URI.create(anfrage.getRequestURI()));
        if (korrelationsId != null) {
            problem.setProperty("korrelationsId", korrelationsId);
        }
        try {
            antwort.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            antwort.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            antwort.setCharacterEncoding("UTF-8");
            json.writeValue(antwort.getOutputStream(), problem);
        } catch (IOException e) {
            LOG.debug("503-Antwort konnte nicht geschrieben werden", e);
        }
        return new ModelAndView();
    }

    private static ModelAndView seite(HttpServletRequest anfrage, HttpServletResponse antwort) {
        ModelAndView seite = new ModelAndView("fehler/nicht-erreichbar");
        seite.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        seite.addObject("angemeldet", angemeldet());
        seite.addObject("sekunden", ERNEUT_VERSUCHEN_NACH_SEKUNDEN);
        // A page can simply be asked for again; a form sent by POST is re-sent from the form ("Zurück").
        if ("GET".equals(anfrage.getMethod())) {
            String abfrage = anfrage.getQueryString();
            seite.addObject("neuLaden", anfrage.getRequestURI() + (abfrage == null ? "" : "?" + abfrage));
        }
        antwort.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return seite;
    }

    /** The header of the page shows who is logged in, as on every other page (Seitenrahmen). */
    private static Angemeldet angemeldet() {
        Authentication anmeldung = SecurityContextHolder.getContext().getAuthentication();
        if (anmeldung == null || !anmeldung.isAuthenticated() || anmeldung instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Angemeldet.aus(Akteur.aus(anmeldung.getName(),
                anmeldung.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()));
    }

    private static String tiefsteUrsache(Throwable fehler) {
        Throwable t = fehler;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
