package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Hear the person before the grant is revoked (§24 SGB X): what is intended and why, and a deadline for a statement.
 */
public record AnhoerungEinleiten(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID anhoerungId,
        String anlass,
        LocalDate frist) {
}
