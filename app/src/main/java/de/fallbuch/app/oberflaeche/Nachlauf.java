package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Ansicht;
import de.fallbuch.kernel.common.LesestandAbfragen;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes for the pages: after a write, waits until the view shows the record at least at
 * the version the write returned, so the page shown next carries it and its forms are not refused
 * as stale. Waits on a subscription query ({@link LesestandAbfragen}): its initial result is the
 * version the view shows now, its updates the versions the projector reaches, on whichever instance
 * it runs (PostgreSQL NOTIFY, see query-side {@code Lesestandmelder}). No polling.
 */
@Component
public class Nachlauf {

    private final QueryGateway abfragen;

    Nachlauf(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    /**
     * Waits until the view shows the record at {@code version} or later.
     *
     * @return true once it does; false if it has not within {@code hoechstens} (the page is shown anyway)
     */
    public boolean abwarten(Ansicht ansicht, UUID id, long version, Duration hoechstens) {
        // The update handler is registered before the initial query runs, so no version falls in between.
        try (SubscriptionQueryResult<Long, Long> stand = abfragen.subscriptionQuery(new LesestandAbfragen(ansicht, id),
                Long.class, Long.class)) {
            Boolean erreicht = Flux.concat(stand.initialResult(), stand.updates())
                    .any(gezeigt -> gezeigt >= version)
                    .timeout(hoechstens, Mono.just(false))
                    .onErrorReturn(false)
                    .block();
            return Boolean.TRUE.equals(erreicht);
        }
    }
}
