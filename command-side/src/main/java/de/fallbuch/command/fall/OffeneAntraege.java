package de.fallbuch.command.fall;

import java.util.UUID;

/**
 * How many Anträge of a Fall are still undecided. The Fall asks before it is closed (a Fall with
 * undecided Anträge cannot be closed); the Antrag side of the write model answers from its own
 * register, never from the read model.
 */
public interface OffeneAntraege {

    /**
     * Counts the undecided Anträge of the Fall and holds the Fall's register entry until the
     * transaction ends, so no Antrag can be added to the Fall while it is being closed.
     */
    int unentschiedeneAntraege(UUID fallId);
}
