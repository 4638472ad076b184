package de.fallbuch.query.common;

import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Re-applies the events of some aggregates to the projectors of one view: how a view forgets the
 * clear copies of an erased Fall. The view first deletes its rows of the Fall, then its own handlers
 * build them again from the events, whose personal values now read as "[gelöscht]"; so the view
 * afterwards holds exactly what a full rebuild would give. Runs inside the projector's own event
 * handling (same transaction), skipping the erasure event itself.
 */
@Component
public class Neuanwendung {

    private final EventStore ereignisse;

    Neuanwendung(EventStore ereignisse) {
        this.ereignisse = ereignisse;
    }

    public void erneutAnwenden(Collection<UUID> aggregate, Object... projektoren) {
        List<AnnotationEventHandlerAdapter> handler = java.util.Arrays.stream(projektoren).map(AnnotationEventHandlerAdapter::new).toList();
        for (UUID aggregat : aggregate) {
            ereignisse.readEvents(aggregat.toString()).asStream()
                    .filter(nachricht -> !(nachricht.getPayload() instanceof PersonendatenGeloescht))
                    .forEach(nachricht -> anwenden(handler, nachricht));
        }
    }

    private static void anwenden(List<AnnotationEventHandlerAdapter> handler, DomainEventMessage<?> nachricht) {
        for (AnnotationEventHandlerAdapter h : handler) {
            if (h.canHandle(nachricht)) {
                try {
                    h.handle(nachricht);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The Fall and all its Anträge and agreements, the Fall first (later events refer to it). */
    public static List<UUID> alleDatensubjekte(PersonendatenGeloescht e) {
        List<UUID> alle = new java.util.ArrayList<>();
        alle.add(e.fallId());
        alle.addAll(e.antraege());
        alle.addAll(e.hilfevereinbarungen());
        return alle;
    }
}
