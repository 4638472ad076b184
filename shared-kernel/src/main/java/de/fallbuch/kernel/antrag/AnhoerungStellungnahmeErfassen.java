package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the person's statement in the running Anhörung (without a date: today).
 */
public record AnhoerungStellungnahmeErfassen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        LocalDate eingegangenAm,
        String stellungnahme) {
}
