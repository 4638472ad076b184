package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The applicant withdraws the Antrag, possible only before it is decided.
 */
public record AntragZuruecknehmen(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        LocalDate zurueckgenommenAm,
        String erklaerung) {
}
