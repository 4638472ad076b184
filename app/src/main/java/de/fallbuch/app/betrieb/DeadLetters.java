package de.fallbuch.app.betrieb;

import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events a view could not handle, as an operator handles them: list and inspect them, retry
 * them once the cause is removed, or skip one for good with a reason that is recorded
 * ({@code dead_letter_uebersprungen}). Everything goes through Axon's dead-letter queue and
 * processor, so a retry runs the same handlers, savepoints and enqueue policy as live processing.
 *
 * <p>Axon keeps the events of one aggregate in order: later events of an aggregate wait behind its
 * first dead letter. A retry therefore always processes the whole sequence from its first letter.
 */
@Component
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    /** Diagnostics key of the enqueue policy (DeadLetterKonfiguration): how often handling failed. */
    static final String VERSUCHE = "versuche";

    /** More Fälle than this in one view's queue are listed through the dead-letter API only. */
    static final int HOECHSTENS_AKTENZEICHEN = 100;

    private final EventProcessingConfiguration verarbeitung;
    private final JdbcClient jdbc;
    private final Akteneinsicht akteneinsicht;
    private final TransactionTemplate transaktion;

    DeadLetters(EventProcessingConfiguration verarbeitung, JdbcClient jdbc, PlatformTransactionManager transaktionen,
            Akteneinsicht akteneinsicht) {
        this.verarbeitung = verarbeitung;
        this.jdbc = jdbc;
        this.akteneinsicht = akteneinsicht;
        this.transaktion = new TransactionTemplate(transaktionen);
    }

    /** One parked event as the list shows it. {@code sequenz} is its place within its aggregate's queue (0 = first). */
    public record Eintrag(String id, String projektion, String folge, long sequenz, String ereignis, String ereignisId,
            String aggregatId, Long aggregatSequenz, String aktenzeichen, String fehlerart, String fehlermeldung,
            Instant ersterVersuch, Instant letzterVersuch, int versuche) {
    }

    /** One parked event with everything it carries. */
    public record Detail(Eintrag eintrag, String ereignistyp, Instant zeitpunkt, Object nutzdaten, Map<String, ?> metadaten) {
    }

    /** The parked events of one view, by aggregate and in their order. */
    public record Projektion(String projektion, long anzahl, List<Eintrag> eintraege) {
    }

    /** The outcome of a retry: whether the retried events were handled, and what is still parked. */
    public record Wiederholung(String projektion, int erledigteFolgen, boolean erledigt, long verbleibend, List<Eintrag> eintraege) {
    }

    /** A skip as recorded. */
    public record Uebersprungen(Eintrag eintrag, String benutzer, String grund, Instant uebersprungenAm) {
    }

    /** Names of the views with a dead-letter queue. */
    public List<String> projektionen() {
        return verarbeitung.eventProcessors().keySet().stream().sorted()
                .filter(name -> verarbeitung.deadLetterQueue(name).isPresent())
                .toList();
    }

    public long anzahl(String projektion) {
        return verarbeitung.deadLetterQueue(projektion).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    public Projektion liste(String projektion) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projektion);
        List<Eintrag> eintraege = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> folge : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> brief : folge) {
                eintraege.add(eintrag(projektion, brief));
            }
        }
        return new Projektion(projektion, queue.size(), eintraege);
    }

    /**
     * The Aktenzeichen of the Fälle whose events a view has parked (health and the views' state ask
     * often, so one lookup per aggregate, for at most {@link #HOECHSTENS_AKTENZEICHEN} aggregates).
     */
    public List<String> betroffeneAktenzeichen(String projektion) {
        if (anzahl(projektion) == 0) {
            return List.of();
        }
        LinkedHashSet<String> aktenzeichen = new LinkedHashSet<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> folge : queue(projektion).deadLetters()) {
            var erster = folge.iterator();
            if (erster.hasNext()) {
                DeadLetter<? extends EventMessage<?>> brief = erster.next();
                String az = brief.message() instanceof DomainEventMessage<?> d ? aktenzeichen(d.getAggregateIdentifier()) : null;
                aktenzeichen.add(az == null ? "unbekannt" : az);
            }
            if (aktenzeichen.size() >= HOECHSTENS_AKTENZEICHEN) {
                break;
            }
        }
        return List.copyOf(aktenzeichen);
    }

    public Detail detail(String projektion, String id) {
        DeadLetter<? extends EventMessage<?>> brief = finde(projektion, id);
        EventMessage<?> nachricht = brief.message();
        Object nutzdaten;
        try {
            nutzdaten = nachricht.getPayload();
        } catch (RuntimeException e) {
            // A payload that no longer deserialises is itself a reason for a dead letter; show its type and the error.
            nutzdaten = Map.of("nichtLesbar", String.valueOf(e.getMessage()));
        }
        // The payload is shown decrypted: a read of the Fall's personal data, recorded before it is shown.
        UUID fallId = nachricht instanceof DomainEventMessage<?> d ? fallId(d.getAggregateIdentifier()) : null;
        if (fallId != null) {
            akteneinsicht.protokollieren(AktuellerLeser.leser(), fallId, Akteneinsicht.Was.DEAD_LETTER, true);
        }
        return new Detail(eintrag(projektion, brief), nachricht.getPayloadType().getName(), nachricht.getTimestamp(),
                nutzdaten, nachricht.getMetaData());
    }

    /**
     * Retries the sequence (aggregate) the given dead letter belongs to, from its first letter on,
     * through Axon's dead-letter processor. A letter that fails again stays parked with its new cause.
     */
    public Wiederholung erneutVerarbeiten(String projektion, String id) {
        DeadLetter<? extends EventMessage<?>> brief = finde(projektion, id);
        String folge = folge(brief);
        boolean erledigt = prozessor(projektion).process(erster -> folge.equals(folge(erster)));
        LOG.info("Dead Letter {} der Ansicht {} erneut verarbeitet (Folge {}): {}", id, projektion, folge,
                erledigt ? "erledigt" : "weiterhin fehlerhaft");
        return wiederholung(projektion, erledigt ? 1 : 0, erledigt);
    }

    /** Retries every sequence of the view once; those that fail again stay parked. */
    public Wiederholung alleErneutVerarbeiten(String projektion) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projektion);
        SequencedDeadLetterProcessor<EventMessage<?>> prozessor = prozessor(projektion);
        List<String> folgen = new ArrayList<>();
        queue.deadLetters().forEach(f -> StreamSupport.stream(f.spliterator(), false).findFirst().map(DeadLetters::folge)
                .ifPresent(folgen::add));
        int erledigt = 0;
        for (String folge : folgen) {
            if (prozessor.process(erster -> folge.equals(folge(erster)))) {
                erledigt++;
            }
        }
        LOG.info("Dead Letters der Ansicht {} erneut verarbeitet: {} von {} Folgen erledigt", projektion, erledigt, folgen.size());
        return wiederholung(projektion, erledigt, erledigt == folgen.size());
    }

    /**
     * Skips one event for good: it is removed from the queue and never reaches the view. Who, when,
     * why and which event is recorded in the same transaction, so a skip without its record cannot happen.
     */
    public Uebersprungen ueberspringen(String projektion, String id, String grund, String benutzer) {
        String begruendung = Pruefung.pflichttext(grund, Grenzen.Textart.FREITEXT, "grund",
                "Bitte geben Sie an, warum das Ereignis übersprungen wird.");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projektion);
        DeadLetter<? extends EventMessage<?>> brief = finde(projektion, id);
        Eintrag eintrag = eintrag(projektion, brief);
        Instant am = transaktion.execute(status -> {
            Instant zeitpunkt = jdbc.sql("""
                            INSERT INTO dead_letter_uebersprungen (benutzer, grund, projektion, dead_letter_id, ereignis_id, ereignistyp,
                                aggregat_id, aggregat_sequenz, aktenzeichen, fehlerart, fehlermeldung, versuche)
                            VALUES (:benutzer, :grund, :projektion, :id, :ereignisId, :ereignis, :aggregatId, :aggregatSequenz,
                                :aktenzeichen, :fehlerart, :fehlermeldung, :versuche)
                            RETURNING uebersprungen_am""")
                    .param("benutzer", benutzer).param("grund", begruendung).param("projektion", projektion)
                    .param("id", eintrag.id()).param("ereignisId", eintrag.ereignisId()).param("ereignis", brief.message().getPayloadType().getName())
                    .param("aggregatId", eintrag.aggregatId()).param("aggregatSequenz", eintrag.aggregatSequenz())
                    .param("aktenzeichen", eintrag.aktenzeichen()).param("fehlerart", eintrag.fehlerart())
                    .param("fehlermeldung", eintrag.fehlermeldung()).param("versuche", eintrag.versuche())
                    .query(java.sql.Timestamp.class).single().toInstant();
            queue.evict(brief);
            return zeitpunkt;
        });
        LOG.warn("Ereignis {} ({}, Aggregat {}, Aktenzeichen {}) in der Ansicht {} übersprungen von {}: {}", eintrag.ereignisId(),
                eintrag.ereignis(), eintrag.aggregatId(), eintrag.aktenzeichen(), projektion, benutzer, begruendung);
        return new Uebersprungen(eintrag, benutzer, begruendung, am);
    }

    private Wiederholung wiederholung(String projektion, int erledigteFolgen, boolean erledigt) {
        Projektion danach = liste(projektion);
        return new Wiederholung(projektion, erledigteFolgen, erledigt, danach.anzahl(), danach.eintraege());
    }

    private DeadLetter<? extends EventMessage<?>> finde(String projektion, String id) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> folge : queue(projektion).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> brief : folge) {
                if (id.equals(kennung(brief))) {
                    return brief;
                }
            }
        }
        throw new NichtGefunden("DEAD_LETTER_UNBEKANNT",
                "In der Ansicht „" + projektion + "“ gibt es kein zurückgestelltes Ereignis „" + id + "“ (mehr).");
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projektion) {
        return verarbeitung.deadLetterQueue(projektion).orElseThrow(() -> unbekannt(projektion));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> prozessor(String projektion) {
        return verarbeitung.sequencedDeadLetterProcessor(projektion).orElseThrow(() -> unbekannt(projektion));
    }

    private static NichtGefunden unbekannt(String projektion) {
        return new NichtGefunden("PROJEKTION_UNBEKANNT", "Eine Ansicht „" + projektion + "“ mit Dead-Letter-Queue gibt es nicht.");
    }

    private Eintrag eintrag(String projektion, DeadLetter<? extends EventMessage<?>> brief) {
        EventMessage<?> nachricht = brief.message();
        String aggregatId = null;
        Long aggregatSequenz = null;
        if (nachricht instanceof DomainEventMessage<?> domaene) {
            aggregatId = domaene.getAggregateIdentifier();
            aggregatSequenz = domaene.getSequenceNumber();
        }
        long sequenz = brief instanceof JdbcDeadLetter<?> jdbcBrief ? jdbcBrief.getSequenceIndex() : -1;
        return new Eintrag(kennung(brief), projektion, folge(brief), sequenz, nachricht.getPayloadType().getSimpleName(),
                nachricht.getIdentifier(), aggregatId, aggregatSequenz, aktenzeichen(aggregatId),
                brief.cause().map(Cause::type).orElse(null), brief.cause().map(Cause::message).orElse(null),
                brief.enqueuedAt(), brief.lastTouched(), versuche(brief));
    }

    /** The Fall an aggregate belongs to, from the write model's registers (a Fall, an Antrag or an agreement). */
    /** The Fall an aggregate belongs to (Fall, Antrag or agreement), from the write side's registers. */
    private UUID fallId(String aggregatId) {
        UUID id;
        try {
            id = aggregatId == null ? null : UUID.fromString(aggregatId);
        } catch (IllegalArgumentException keineUuid) {
            return null;
        }
        return jdbc.sql("""
                        SELECT f.fall_id FROM fall_register f
                        WHERE f.fall_id = :id
                           OR f.fall_id = (SELECT a.fall_id FROM antrag_register a WHERE a.antrag_id = :id)
                           OR f.fall_id = (SELECT h.fall_id FROM hilfevereinbarung_register h WHERE h.hilfevereinbarung_id = :id)
                        LIMIT 1""")
                .param("id", id).query(UUID.class).optional().orElse(null);
    }

    private String aktenzeichen(String aggregatId) {
        UUID id;
        try {
            id = aggregatId == null ? null : UUID.fromString(aggregatId);
        } catch (IllegalArgumentException keineUuid) {
            id = null;
        }
        if (id == null) {
            return null;
        }
        return jdbc.sql("""
                        SELECT f.aktenzeichen FROM fall_register f
                        WHERE f.fall_id = :id
                           OR f.fall_id = (SELECT a.fall_id FROM antrag_register a WHERE a.antrag_id = :id)
                           OR f.fall_id = (SELECT h.fall_id FROM hilfevereinbarung_register h WHERE h.hilfevereinbarung_id = :id)
                        LIMIT 1""")
                .param("id", id).query(String.class).optional().orElse(null);
    }

    /** The dead letter's own id (Axon's JDBC queue); the event id where a queue has none. */
    private static String kennung(DeadLetter<? extends EventMessage<?>> brief) {
        return brief instanceof JdbcDeadLetter<?> jdbcBrief ? jdbcBrief.getIdentifier() : brief.message().getIdentifier();
    }

    /** The sequence a letter belongs to: the aggregate, as Axon's default sequencing policy orders events. */
    private static String folge(DeadLetter<? extends EventMessage<?>> brief) {
        if (brief instanceof JdbcDeadLetter<?> jdbcBrief) {
            return jdbcBrief.getSequenceIdentifier();
        }
        return brief.message() instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : brief.message().getIdentifier();
    }

    /** Failed attempts; a letter parked before the policy counted them has had at least one. */
    private static int versuche(DeadLetter<?> brief) {
        return brief.diagnostics().get(VERSUCHE) instanceof Number zahl ? zahl.intValue() : 1;
    }
}
