package de.fallbuch.command.fall;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Fall must know of its Anträge before it is closed: a Fall with undecided Anträge or with a
 * grant that still runs cannot be closed. The Antrag side of the write model answers from its own
 * register, never from the read model.
 */
public interface OffeneAntraege {

    /**
     * Counts the undecided Anträge of the Fall and holds the Fall's register entry until the
     * transaction ends, so no Antrag can be added to the Fall while it is being closed.
     */
    int unentschiedeneAntraege(UUID fallId);

    /**
     * The end of the latest grant of the Fall's Anträge that still runs on {@code tag} (its
     * Bewilligungszeitraum, cut short by an Aufhebung), or empty if none runs any more.
     */
    Optional<LocalDate> laufendeBewilligungBis(UUID fallId, LocalDate tag);
}
