package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record that the notice of the current decision was given to the post, with or without a correct
 * Rechtsbehelfsbelehrung; delivery date and Widerspruchsfrist follow from it.
 */
public record BescheidBekanntgeben(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        LocalDate aufgabeZurPostAm,
        Boolean mitRechtsbehelfsbelehrung) {
}
