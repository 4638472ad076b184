package de.fallbuch.command.common;

import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.fall.LoeschsperreAufgehoben;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/**
 * Optimistic concurrency as the caseworker sees it. A command carries the version the client last
 * read; if an event that conflicts with it was stored after that version, the command is refused
 * before any rule is checked, and the message names who changed the record in between.
 *
 * <p>Not every later event conflicts. The aggregate checks every rule against its current state
 * anyway; a version check only protects a person's decision from being taken on a picture another
 * person has changed meanwhile. So two kinds of events do not make an act stale (Axon's
 * {@link ConflictResolver}, named rules below):
 * <ul>
 * <li>{@link #SYSTEMEREIGNIS}: what the service records by itself (a deadline passing, a decision
 * becoming final), recorded with the role {@code SYSTEM};</li>
 * <li>{@link #LOESCHSPERRE}: a legal hold set or lifted by data protection, which changes nothing a
 * caseworker decides on.</li>
 * </ul>
 */
public final class Versionspruefung {

    /** Events the service records by itself (deadlines, Bestandskraft): never a conflict. */
    public static final Predicate<DomainEventMessage<?>> SYSTEMEREIGNIS =
            ereignis -> Rolle.SYSTEM.name().equals(ereignis.getMetaData().get(Metadaten.ROLLE));

    /** A legal hold set or lifted: no part of what a caseworker decides on, never a conflict. */
    public static final Predicate<DomainEventMessage<?>> LOESCHSPERRE =
            ereignis -> ereignis.getPayload() instanceof LoeschsperreGesetzt || ereignis.getPayload() instanceof LoeschsperreAufgehoben;

    private static final Predicate<DomainEventMessage<?>> OHNE_KONFLIKT = SYSTEMEREIGNIS.or(LOESCHSPERRE);

    private Versionspruefung() {
    }

    /**
     * @param konflikte Axon's view of the events stored after the client's version
     * @param was       the record in German with its article, e.g. "Der Fall"
     */
    public static void unveraendertSeitLetztemLesen(ConflictResolver konflikte, String was) {
        konflikte.detectConflicts(spaetere -> spaetere.stream().anyMatch(OHNE_KONFLIKT.negate()), kontext -> {
            String wer = kontext.unexpectedEvents().stream()
                    .filter(OHNE_KONFLIKT.negate())
                    .map(ereignis -> ereignis.getMetaData().get(Metadaten.BENUTZER))
                    .filter(Objects::nonNull)
                    .map(Object::toString)
                    .distinct()
                    .collect(Collectors.joining(", "));
            return new VeralteteVersion(was + " wurde inzwischen" + (wer.isEmpty() ? "" : " von " + wer)
                    + " geändert – bitte neu laden und die Eingabe prüfen.");
        });
    }
}
