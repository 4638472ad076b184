package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record that the requested documents came in (without a date: today).
 */
public record UnterlagenEingangErfassen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        LocalDate eingegangenAm,
        String bemerkung) {
}
