package de.fallbuch.kernel.antrag;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Refuse help for lack of cooperation (§66 SGB I): only after a deadline set with a written warning has passed.
 * Without a legal basis, § 66 Abs. 1 SGB I is cited.
 */
public record AntragVersagen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID entscheidungId,
        String rechtsgrundlage,
        String begruendung) {
}
