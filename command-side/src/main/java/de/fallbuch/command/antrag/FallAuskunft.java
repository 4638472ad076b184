package de.fallbuch.command.antrag;

import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What the Antrag needs to know about its Fall before it is registered, from the write model's own register. */
public interface FallAuskunft {

    /**
     * The status of the Fall, or empty if there is no such Fall. Holds the Fall's register entry
     * until the transaction ends, so the Fall cannot be closed while the Antrag is being added.
     */
    Optional<FallStatus> statusFuerNeuenAntrag(UUID fallId);

    /**
     * The age group of the Fall's person on {@code tag}, from the birth date in the Fall's events; empty
     * if the birth date cannot be read (erased).
     */
    Optional<Altersgruppe> altersgruppeAm(UUID fallId, LocalDate tag);
}
