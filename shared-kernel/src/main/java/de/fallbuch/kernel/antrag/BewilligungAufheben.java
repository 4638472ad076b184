package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Revoke the grant in force from a date because circumstances changed (§48 SGB X), with reasons; only after
 * the person was heard.
 */
public record BewilligungAufheben(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID entscheidungId,
        LocalDate aufgehobenAb,
        String rechtsgrundlage,
        String begruendung) {
}
