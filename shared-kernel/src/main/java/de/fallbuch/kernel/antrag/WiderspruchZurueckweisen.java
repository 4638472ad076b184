package de.fallbuch.kernel.antrag;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Reject the Widerspruch by Widerspruchsbescheid (§85 Abs. 2 SGG), with reasons. Without a legal basis,
 * § 85 Abs. 2 SGG is cited.
 */
public record WiderspruchZurueckweisen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        String rechtsgrundlage,
        String begruendung) {
}
