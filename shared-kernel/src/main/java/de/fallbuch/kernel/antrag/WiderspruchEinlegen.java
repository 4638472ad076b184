package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record a Widerspruch against the notified decision, received on {@code eingegangenAm} (without a date: today).
 * A late one is recorded as late, not refused.
 */
public record WiderspruchEinlegen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID widerspruchId,
        LocalDate eingegangenAm,
        String begruendung) {
}
