package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Cent;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Remedy the Widerspruch (§85 Abs. 1 SGG): a new grant replaces the decision objected to; both stay on record.
 */
public record WiderspruchAbhelfen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID neueEntscheidungId,
        @Cent Long betragMonatlichCent,
        LocalDate bewilligungVon,
        LocalDate bewilligungBis,
        String rechtsgrundlage,
        String begruendung) {
}
