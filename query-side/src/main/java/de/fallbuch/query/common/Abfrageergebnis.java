package de.fallbuch.query.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * The answer of a query sent through the QueryGateway, with a refusal thrown as the handler threw it
 * ({@code ZugriffVerweigert}, {@code NichtGefunden}, {@code UngueltigeAngabe}, …) instead of wrapped,
 * so that the web layer answers it with its status (403, 404, 400, 503) as for a direct call.
 */
public final class Abfrageergebnis {

    private Abfrageergebnis() {
    }

    public static <R> R von(CompletableFuture<R> antwort) {
        try {
            return antwort.join();
        } catch (CompletionException fehler) {
            throw ausgepackt(fehler);
        }
    }

    /** The innermost runtime exception under the wrappers the bus and the future add. */
    public static RuntimeException ausgepackt(Throwable fehler) {
        Throwable t = fehler;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof QueryExecutionException)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof RuntimeException laufzeit ? laufzeit : new IllegalStateException(t);
    }
}
