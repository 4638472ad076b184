package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Cent;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Grant the Antrag: a monthly amount in euro cents for a Bewilligungszeitraum, on a legal basis, with reasons
 * (§35 SGB X). Without dates the Regelbewilligungszeitraum applies. Above the Freigabegrenze the grant counts only after approval.
 */
public record AntragBewilligen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID entscheidungId,
        @Cent Long betragMonatlichCent,
        LocalDate bewilligungVon,
        LocalDate bewilligungBis,
        String rechtsgrundlage,
        String begruendung) {
}
