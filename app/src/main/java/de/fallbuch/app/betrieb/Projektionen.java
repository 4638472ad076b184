package de.fallbuch.app.betrieb;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The views (streaming event processors) as an operator sees them: how far behind the event
 * store each one is, whether it is rebuilding, how many events it parked in the dead-letter
 * queue; and the rebuild of one view from the event store while the service keeps running.
 */
@Component
public class Projektionen {

    private final EventProcessingConfiguration verarbeitung;
    private final EventStore ereignisse;
    private final DeadLetters deadLetters;

    Projektionen(EventProcessingConfiguration verarbeitung, EventStore ereignisse, DeadLetters deadLetters) {
        this.verarbeitung = verarbeitung;
        this.ereignisse = ereignisse;
        this.deadLetters = deadLetters;
    }

    /**
     * One view's state. {@code fortschrittProzent} is 100 when it has caught up with the store. A view
     * with dead letters is {@code beeintraechtigt}: it runs, but the Fälle in {@code deadLetterAktenzeichen}
     * are missing or stale in it until the letters are retried or skipped.
     */
    public record Stand(String name, boolean laeuft, boolean fehler, boolean neuaufbau, long kopf, long position,
            long rueckstand, int fortschrittProzent, long deadLetters, boolean beeintraechtigt,
            List<String> deadLetterAktenzeichen, List<Segment> segmente) {
    }

    public record Segment(int segment, long position, boolean neuaufbau, boolean fehler) {
    }

    public List<Stand> alle() {
        long kopf = kopf();
        return verarbeitung.eventProcessors().keySet().stream().sorted()
                .map(name -> stand(name, kopf))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Stand> stand(String name) {
        return stand(name, kopf());
    }

    /**
     * Rebuilds one view: stops its processor, clears its tables (the projector's reset handler)
     * and replays every event from the start. The other views and all writes carry on; the view
     * itself shows partial data until it has caught up.
     */
    public boolean neuAufbauen(String name) {
        Optional<StreamingEventProcessor> prozessor = verarbeitung.eventProcessor(name, StreamingEventProcessor.class);
        if (prozessor.isEmpty() || !prozessor.get().supportsReset()) {
            return false;
        }
        // Stopping and resetting take well under a second; the replay itself runs in the
        // processor's own threads and is followed through stand(name).
        StreamingEventProcessor p = prozessor.get();
        p.shutDown();
        p.resetTokens();
        p.start();
        return true;
    }

    private Optional<Stand> stand(String name, long kopf) {
        return verarbeitung.eventProcessor(name, StreamingEventProcessor.class).map(p -> {
            Map<Integer, EventTrackerStatus> status = p.processingStatus();
            List<Segment> segmente = status.values().stream()
                    .map(s -> new Segment(s.getSegment().getSegmentId(), position(s.getCurrentPosition()), s.isReplaying(), s.isErrorState()))
                    .sorted(Comparator.comparingInt(Segment::segment))
                    .toList();
            long position = segmente.stream().mapToLong(Segment::position).min().orElse(-1);
            long rueckstand = segmente.isEmpty() ? kopf + 1 : Math.max(0, kopf - position);
            // Axon keeps a replay flag until the first event after the reset point arrives; for an
            // operator a rebuild is over once the view has caught up with the store.
            boolean neuaufbau = rueckstand > 0 && (segmente.isEmpty() || segmente.stream().anyMatch(Segment::neuaufbau));
            int fortschritt = kopf <= 0 ? 100 : (int) Math.min(100, Math.max(0, position + 1) * 100 / (kopf + 1));
            long geparkt = deadLetters.anzahl(name);
            return new Stand(name, p.isRunning(), p.isError(), neuaufbau, kopf, position, rueckstand,
                    segmente.isEmpty() ? 0 : fortschritt, geparkt, geparkt > 0,
                    geparkt > 0 ? deadLetters.betroffeneAktenzeichen(name) : List.of(), segmente);
        });
    }

    private long kopf() {
        var kopf = ereignisse.createHeadToken();
        return kopf == null ? -1 : position(kopf.position());
    }

    private static long position(OptionalLong position) {
        return position.orElse(-1);
    }

}
