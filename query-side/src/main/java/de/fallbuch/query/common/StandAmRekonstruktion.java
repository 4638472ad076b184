package de.fallbuch.query.common;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Stand am": a record exactly as it was at a past instant, rebuilt from the event store (the
 * truth) with the very projector and query that build and read the live view, so that past and
 * present can never be computed differently.
 *
 * <p>How: inside a transaction that is always rolled back, empty temporary copies of the view's
 * tables are created. PostgreSQL resolves unqualified table names in the session's temporary
 * schema first, so the projector writes into the copies, fed only with the aggregate's events up
 * to the instant, and the query reads them. Nothing of the live view is touched.
 */
@Component
public class StandAmRekonstruktion {

    private static final Pattern TABELLENNAME = Pattern.compile("[a-z_]+");

    private final EventStore ereignisse;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaktion;

    StandAmRekonstruktion(EventStore ereignisse, JdbcClient jdbc, PlatformTransactionManager transaktionen) {
        this.ereignisse = ereignisse;
        this.jdbc = jdbc;
        this.transaktion = new TransactionTemplate(transaktionen);
        // A transaction of its own (and so a connection of its own, where the temporary tables
        // live), rolled back whatever the caller's transaction does.
        this.transaktion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param aggregatId the aggregate whose events are replayed
     * @param stand      the instant; events stored after it are left out
     * @param tabellen   the view's tables the projector writes
     * @param projektor  the live view's projector
     * @param abfrage    reads the result, as the live query does
     * @return the result of the query over the state at {@code stand}
     */
    public <R> R rekonstruieren(String aggregatId, Instant stand, List<String> tabellen, Object projektor, Supplier<R> abfrage) {
        return transaktion.execute(status -> {
            status.setRollbackOnly();
            for (String tabelle : tabellen) {
                if (!TABELLENNAME.matcher(tabelle).matches()) {
                    throw new IllegalArgumentException("Ungültiger Tabellenname: " + tabelle);
                }
                jdbc.sql("CREATE TEMPORARY TABLE " + tabelle + " (LIKE public." + tabelle + " INCLUDING ALL) ON COMMIT DROP").update();
            }
            AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
            // From sequence number 0: all events, never a snapshot standing in for them.
            ereignisse.readEvents(aggregatId, 0).asStream()
                    .filter(ereignis -> !ereignis.getTimestamp().isAfter(stand))
                    .forEach(ereignis -> anwenden(handler, ereignis));
            return abfrage.get();
        });
    }

    private static void anwenden(AnnotationEventHandlerAdapter handler, DomainEventMessage<?> ereignis) {
        try {
            handler.handle(ereignis);
        } catch (Exception e) {
            throw new IllegalStateException("Ereignis " + ereignis.getIdentifier() + " ließ sich nicht anwenden", e);
        }
    }
}
