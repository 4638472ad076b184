package de.fallbuch.app.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * How the pages and the web doors outside the query side read: a query record of the shared kernel
 * through Axon's QueryGateway, the same query the REST API sends, answered (access decided, read
 * recorded) on the query side. A refusal arrives as the handler threw it, so the error pages and
 * problem+json show it as for any request.
 */
@Component
public class Lesen {

    private final QueryGateway abfragen;

    Lesen(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    public <R> R einzeln(Object abfrage, Class<R> antwort) {
        return ergebnis(abfragen.query(abfrage, ResponseTypes.instanceOf(antwort)));
    }

    public <R> List<R> liste(Object abfrage, Class<R> eintrag) {
        return ergebnis(abfragen.query(abfrage, ResponseTypes.multipleInstancesOf(eintrag)));
    }

    private static <R> R ergebnis(CompletableFuture<R> antwort) {
        try {
            return antwort.join();
        } catch (CompletionException fehler) {
            Throwable t = fehler;
            while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof QueryExecutionException)
                    && t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            throw t instanceof RuntimeException laufzeit ? laufzeit : new IllegalStateException(t);
        }
    }
}
