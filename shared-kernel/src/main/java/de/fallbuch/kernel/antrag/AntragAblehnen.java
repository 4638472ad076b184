package de.fallbuch.kernel.antrag;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deny the Antrag on a legal basis, with reasons (§35 SGB X).
 */
public record AntragAblehnen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID entscheidungId,
        String rechtsgrundlage,
        String begruendung) {
}
