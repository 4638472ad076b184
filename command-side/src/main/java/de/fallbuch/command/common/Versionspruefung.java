package de.fallbuch.command.common;

import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.VeralteteVersion;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/**
 * Optimistic concurrency as the caseworker sees it. A command carries the version the client last
 * read; if any event was stored after it, the command is refused before any rule is checked, and
 * the message names who changed the record in between.
 */
public final class Versionspruefung {

    private Versionspruefung() {
    }

    /**
     * @param konflikte Axon's view of the events stored after the client's version
     * @param was       the record in German with its article, e.g. "Der Fall"
     */
    public static void unveraendertSeitLetztemLesen(ConflictResolver konflikte, String was) {
        konflikte.detectConflicts(spaetere -> !spaetere.isEmpty(), kontext -> {
            String wer = kontext.unexpectedEvents().stream()
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
